package io.fieldback.common;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** A request body without an example of its own shows its schema's example (one place, the feature's Examples). */
final class RequestExamples {

    private RequestExamples() {
    }

    static void fromSchema(Components components, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
            if (media.getExample() != null || media.getSchema() == null) {
                continue;
            }
            // an array of a named item (a provider's batch of reports): the example is a batch of one
            boolean array = media.getSchema().getRef() == null && media.getSchema().getItems() != null;
            Schema named = array ? media.getSchema().getItems() : media.getSchema();
            Object example = named.getRef() == null ? null : exampleOf(components, named.getRef());
            if (example != null) {
                media.setExample(array ? java.util.List.of(example) : example);
            }
        }
    }

    /** The named schema's example, or its first of several; null when it has none (or no such schema). */
    private static Object exampleOf(Components components, String ref) {
        Schema schema = components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        if (schema == null) {
            return null;
        }
        return schema.getExample() != null ? schema.getExample()
                : schema.getExamples() != null && !schema.getExamples().isEmpty() ? schema.getExamples().get(0) : null;
    }
}
