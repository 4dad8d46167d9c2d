package io.fieldback.hardening;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The committed contract's operations and, from the resource classes, the roles each one allows. */
final class ContractOperations {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    record Op(String id, String method, String path, JsonNode spec) {
    }

    private ContractOperations() {
    }

    static JsonNode contract() throws IOException {
        return new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
    }

    static List<Op> all() throws IOException {
        List<Op> ops = new ArrayList<>();
        contract().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                ops.add(new Op(op.getValue().path("operationId").asText(), op.getKey(), path.getKey(), op.getValue()));
            }
        }));
        return ops;
    }

    /** operationId -> roles of its @RolesAllowed (method, else class), read from target/classes. */
    static Map<String, List<String>> rolesByOperationId() throws IOException {
        Map<String, List<String>> roles = new HashMap<>();
        Path root = Path.of("target/classes");
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> resource;
                try {
                    resource = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                RolesAllowed classRoles = resource.getAnnotation(RolesAllowed.class);
                for (Method method : resource.getDeclaredMethods()) {
                    Operation operation = method.getAnnotation(Operation.class);
                    if (operation == null || operation.operationId().isEmpty()) {
                        continue;
                    }
                    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class) != null
                            ? method.getAnnotation(RolesAllowed.class) : classRoles;
                    if (allowed != null) {
                        roles.put(operation.operationId(), List.of(allowed.value()));
                    }
                }
            }
        }
        return roles;
    }
}
