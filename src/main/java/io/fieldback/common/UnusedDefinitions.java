package io.fieldback.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Tags and schemas that nothing in the contract uses: they would be empty groups and dead classes in clients. */
final class UnusedDefinitions {

    private UnusedDefinitions() {
    }

    /** Tags that no operation uses (e.g. of hidden, dev-only endpoints) would be empty groups in clients and docs. */
    static void dropTags(OpenAPI api) {
        if (api.getTags() == null || api.getPaths() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        }));
        api.setTags(new ArrayList<>(api.getTags().stream().filter(tag -> used.contains(tag.getName())).toList()));
    }

    /**
     * Schemas nothing refers to (left behind when an annotation overrides a type, e.g. LocalTime) would
     * become dead classes in every generated client.
     */
    static void dropSchemas(OpenAPI api, Components components) {
        Deque<Schema> pending = new ArrayDeque<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> addOperationSchemas(pending, operation)));
        Set<String> used = referencedNames(pending, components);
        new ArrayList<>(components.getSchemas().keySet()).stream().filter(name -> !used.contains(name))
                .forEach(components::removeSchema);
    }

    /** The schemas an operation names directly: its parameters', request bodies' and responses' (headers too). */
    private static void addOperationSchemas(Deque<Schema> pending, Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> add(pending, parameter.getSchema()));
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> add(pending, m.getSchema()));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getContent() != null) {
                    response.getContent().getMediaTypes().values().forEach(m -> add(pending, m.getSchema()));
                }
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(header -> add(pending, header.getSchema()));
                }
            });
        }
    }

    /** The names of the component schemas reachable from the pending ones, following refs, members and items. */
    private static Set<String> referencedNames(Deque<Schema> pending, Components components) {
        Set<String> used = new HashSet<>();
        Set<Schema> visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!visited.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name)) {
                    add(pending, components.getSchemas().get(name));
                }
            }
            addNested(pending, schema);
        }
        return used;
    }

    private static void addNested(Deque<Schema> pending, Schema schema) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> add(pending, property));
        }
        add(pending, schema.getItems());
        add(pending, schema.getAdditionalPropertiesSchema());
        add(pending, schema.getNot());
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(member -> add(pending, member));
            }
        }
    }

    private static void add(Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }
}
