package io.fieldback.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of the committed contract: anonymous callers get 401 and every role the
 * operation does not allow gets 403, before any input is looked at. An operation the test cannot map
 * to its resource method (and so to its roles) fails the test, so new endpoints are covered by
 * construction. Object-level tenancy (404 for another tenant's object) is tested per feature.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /**
     * Operations that carry their own signature instead of a bearer token (provider webhooks, the weekly
     * report's expiring link): no role may call them, and an unsigned call is never served.
     */
    private static final Set<String> SIGNED_INSTEAD_OF_BEARER = Set.of("receiveSmsReceipts", "receiveSmsReplies",
            "getReportSnapshotPage");

    @Test
    void everyOperationRefusesAnonymousCallersAndRolesItDoesNotAllow() throws IOException {
        JsonNode contract = new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
        Map<String, Set<String>> rolesByOperation = rolesByOperationId();
        List<String> failures = new ArrayList<>();
        int checks = 0;
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                String id = operation.path("operationId").asText();
                Set<String> allowed = rolesByOperation.get(id);
                if (SIGNED_INSTEAD_OF_BEARER.contains(id)) {
                    int unsigned = call(given(), method, path.getKey().replaceAll("\\{[^}]+}",
                            UUID.randomUUID().toString()));
                    checks++;
                    if (unsigned != 401 && unsigned != 404) {
                        failures.add(id + " unsigned: " + unsigned + " (expected 401 or 404)");
                    }
                    continue;
                }
                if (allowed == null) {
                    failures.add(id + ": no @RolesAllowed resource method found for this operation");
                    continue;
                }
                String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                int anonymous = call(given(), method, url);
                checks++;
                if (anonymous != 401) {
                    failures.add(id + " anonymous: " + anonymous + " (expected 401)");
                }
                for (String role : Roles.ALL) {
                    if (allowed.contains(role)) {
                        continue;
                    }
                    int status = call(given().auth().oauth2(io.fieldback.support.Tokens.token(role, null, null)),
                            method, url);
                    checks++;
                    if (status != 403) {
                        failures.add(id + " as " + role + ": " + status + " (expected 403)");
                    }
                }
            }
        }
        System.out.printf("access matrix: %d operations, %d role checks%n", operations, checks);
        assertThat(operations).isPositive();
        assertThat(failures).isEmpty();
    }

    private static int call(RequestSpecification request, String method, String url) {
        RequestSpecification r = request.contentType("application/json");
        if (!method.equals("get") && !method.equals("delete")) {
            r = r.body("{}");
        }
        return switch (method) {
            case "get" -> r.get(url).statusCode();
            case "put" -> r.put(url).statusCode();
            case "post" -> r.post(url).statusCode();
            case "delete" -> r.delete(url).statusCode();
            default -> r.patch(url).statusCode();
        };
    }

    /** operationId -> roles, read from the resource classes' annotations. */
    private static Map<String, Set<String>> rolesByOperationId() throws IOException {
        Map<String, Set<String>> roles = new HashMap<>();
        for (Class<?> resource : resourceClasses()) {
            RolesAllowed classRoles = resource.getAnnotation(RolesAllowed.class);
            for (Method method : resource.getDeclaredMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null || operation.operationId().isEmpty()) {
                    continue;
                }
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                if (allowed == null) {
                    allowed = classRoles;
                }
                if (allowed != null) {
                    roles.put(operation.operationId(), new TreeSet<>(Arrays.asList(allowed.value())));
                }
            }
        }
        return roles;
    }

    private static List<Class<?>> resourceClasses() throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        Path root = Path.of("target/classes");
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        classes.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }
}
