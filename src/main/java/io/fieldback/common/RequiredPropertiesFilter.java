package io.fieldback.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.jandex.Type;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Marks as {@code required} the response properties that are always present, so generated clients get
 * non-null types for them (Kotlin {@code val id: UUID}, TypeScript {@code id: string}) instead of making
 * every field optional.
 *
 * <p>Only what the types prove is marked: in a record that is used in responses and never in a request
 * body, a primitive component is always serialized (it cannot be null), and so is the {@code id} of a
 * {@link Versioned} view. Request schemas are left alone: their {@code required} lists come from Bean
 * Validation ({@code @NotNull}), and a primitive there may still be omitted by the client.
 * Generic: it also covers views added later, with no annotation on them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequiredPropertiesFilter implements OASFilter {

    private static final DotName SCHEMA = DotName.createSimple(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    private static final DotName VERSIONED = DotName.createSimple(Versioned.class);

    private final IndexView index;

    public RequiredPropertiesFilter(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null || api.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> requestSchemas = requestSchemas(api, schemas);
        for (ClassInfo type : index.getKnownClasses()) {
            if (!type.isRecord() || !type.name().toString().startsWith("io.fieldback.")) {
                continue;
            }
            String name = schemaName(type);
            Schema schema = schemas.get(name);
            if (schema == null || requestSchemas.contains(name) || schema.getProperties() == null) {
                continue;
            }
            markAlwaysPresent(type, schema);
        }
    }

    /** Adds to the schema's required list the record's components that are always serialized. */
    private static void markAlwaysPresent(ClassInfo type, Schema schema) {
        boolean versioned = type.interfaceNames().contains(VERSIONED);
        List<String> required = schema.getRequired() == null ? new ArrayList<>() : new ArrayList<>(schema.getRequired());
        for (RecordComponentInfo component : type.recordComponents()) {
            String property = component.name();
            boolean alwaysPresent = component.type().kind() == Type.Kind.PRIMITIVE
                    || (versioned && property.equals("id"));
            if (alwaysPresent && schema.getProperties().containsKey(property) && !required.contains(property)) {
                required.add(property);
            }
        }
        if (!required.isEmpty()) {
            // in property order, so the document reads naturally and stays stable
            List<String> ordered = new ArrayList<>(schema.getProperties().keySet());
            ordered.retainAll(required);
            schema.setRequired(ordered);
        }
    }

    private static String schemaName(ClassInfo type) {
        AnnotationInstance annotation = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = annotation == null ? null : annotation.value("name");
        return name == null ? type.simpleName() : name.asString();
    }

    /** Every schema a request body refers to, directly or through other schemas. */
    private static Set<String> requestSchemas(OpenAPI api, Map<String, Schema> schemas) {
        Deque<Schema> pending = requestBodySchemas(api);
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (seen.add(name) && schemas.containsKey(name)) {
                    pending.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                    .forEach(pending::addAll);
        }
        return seen;
    }

    /** The schemas request bodies name directly. */
    private static Deque<Schema> requestBodySchemas(OpenAPI api) {
        Deque<Schema> pending = new ArrayDeque<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
                    if (media.getSchema() != null) {
                        pending.add(media.getSchema());
                    }
                });
            }
        }));
        return pending;
    }
}
