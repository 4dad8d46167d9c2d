package io.fieldback.security;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.security.TenancyMatrix.Op;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Proves tenancy on every operation of the contract: each role calls each operation on an object of its
 * own tenant and on one of another tenant (two hand-built tenants, {@link TenancyWorld}), and gets what
 * {@link TenancyMatrix} says: the operation's success status for its own objects, 404 (or, for lists,
 * nothing listed) for the other tenant's, 403 for a role that may not call it, 401 without a token. An
 * operation of {@code openapi/openapi.json} without an entry fails the test; see TenancyMatrix for how to
 * add one. Prints the size of the matrix.
 */
@QuarkusTest
class TenancyMatrixTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** Roles in a fixed order, and null for a caller without a token. */
    private static final List<String> CALLERS = callers();

    @Test
    void everyOperationOfTheContractHasAnEntryAndEveryEntryAnOperation() throws IOException {
        Set<String> contract = contractOperations();
        Set<String> entries = TenancyMatrix.ENTRIES.stream().map(Op::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(contract);
        missing.removeAll(entries);
        Set<String> stale = new TreeSet<>(entries);
        stale.removeAll(contract);
        assertThat(missing).as("operations of openapi/openapi.json without a TenancyMatrix entry (add one: see "
                + "the comment at the top of TenancyMatrix)").isEmpty();
        assertThat(stale).as("TenancyMatrix entries for operations no longer in the contract").isEmpty();
        assertThat(TenancyMatrix.ENTRIES).as("one entry per operation").hasSameSizeAs(entries);
    }

    @Test
    void everyRoleGetsItsOwnTenantsObjectsAndNeverAnotherTenants() {
        TenancyWorld own = new TenancyWorld("甲");
        TenancyWorld foreign = new TenancyWorld("乙");
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        int calls = 0;
        long started = System.nanoTime();
        for (Op op : TenancyMatrix.ENTRIES) {
            table.append(String.format("%-58s", op.key()));
            for (String role : CALLERS) {
                StringBuilder cell = new StringBuilder();
                for (boolean isOwn : List.of(true, false)) {
                    TenancyWorld world = isOwn ? own : foreign;
                    Set<Integer> expected = op.expected(role, isOwn);
                    Response response = call(op, role == null ? RestAssured.given() : own.as(role), world);
                    calls++;
                    int status = response.statusCode();
                    cell.append(isOwn ? "" : "/").append(status);
                    String who = (role == null ? "anonymous" : role) + (isOwn ? " on own " : " on foreign ");
                    if (!expected.contains(status)) {
                        failures.add(op.key() + ": " + who + status + " (expected " + expected + ") "
                                + response.asString().replaceAll("\\s+", " ").substring(0,
                                        Math.min(300, response.asString().replaceAll("\\s+", " ").length())));
                        continue;
                    }
                    checkAnswer(op, role, isOwn, world, response, failures, who);
                }
                table.append(String.format(" %-9s", cell));
            }
            table.append('\n');
        }
        System.out.printf("tenancy matrix: %d operations x %d callers (%d roles + anonymous) x own/foreign = %d calls"
                + " (%d s), %d failures%n", TenancyMatrix.ENTRIES.size(), CALLERS.size(), CALLERS.size() - 1, calls,
                (System.nanoTime() - started) / 1_000_000_000L, failures.size());
        System.out.printf("%-58s %s%n", "operation (status own/foreign)",
                CALLERS.stream().map(r -> String.format("%-9s", r == null ? "anon" : abbreviate(r)))
                        .collect(Collectors.joining(" ")));
        System.out.print(table);
        assertThat(calls).isEqualTo(TenancyMatrix.ENTRIES.size() * CALLERS.size() * 2);
        assertThat(failures).as("tenancy matrix failures").isEmpty();
    }

    /** Lists: a tenant-bound caller sees its own record and not the other tenant's; answers: the given field. */
    private static void checkAnswer(Op op, String role, boolean isOwn, TenancyWorld world, Response response,
            List<String> failures, String who) {
        if (role == null || !TenancyMatrix.TENANT_BOUND.contains(role) || !op.roles.contains(role)) {
            return;
        }
        if (op.listed != null) {
            List<Object> ids = response.jsonPath().getList(op.listPath);
            String id = String.valueOf(op.listed.apply(world));
            boolean listed = ids != null && ids.stream().map(String::valueOf).anyMatch(id::equals);
            if (listed != isOwn) {
                failures.add(op.key() + ": " + who + (isOwn ? "does not list its own " : "LISTS the other tenant's ")
                        + id);
            }
        }
        if (op.answerPath != null) {
            Object value = response.jsonPath().get(op.answerPath);
            Object wanted = isOwn ? op.ownAnswer : op.foreignAnswer;
            if (!wanted.equals(value)) {
                failures.add(op.key() + ": " + who + op.answerPath + " = " + value + " (expected " + wanted + ")");
            }
        }
    }

    private static Response call(Op op, RequestSpecification request, TenancyWorld world) {
        Map<String, Object> pathParams = resolve(op.pathParams, world);
        String url = op.path;
        for (Map.Entry<String, Object> param : pathParams.entrySet()) {
            url = url.replace("{" + param.getKey() + "}", String.valueOf(param.getValue()));
        }
        RequestSpecification r = request.contentType(op.contentType).queryParams(resolve(op.queryParams, world));
        if (op.ifMatchFrom != null) {
            String readUrl = op.ifMatchFrom;
            for (Map.Entry<String, Object> param : pathParams.entrySet()) {
                readUrl = readUrl.replace("{" + param.getKey() + "}", String.valueOf(param.getValue()));
            }
            r = r.header("If-Match", admin().get(readUrl).then().statusCode(200).extract().header("ETag"));
        }
        if (op.body != null) {
            Object body = op.body.apply(world);
            r = body instanceof byte[] bytes ? r.body(bytes) : r.body(body);
        }
        return switch (op.method) {
            case "GET" -> r.get(url);
            case "PUT" -> r.put(url);
            case "POST" -> r.post(url);
            case "DELETE" -> r.delete(url);
            default -> r.patch(url);
        };
    }

    private static Map<String, Object> resolve(Map<String, Function<TenancyWorld, Object>> params, TenancyWorld world) {
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((name, value) -> values.put(name, value.apply(world)));
        return values;
    }

    /** The current questionnaire as a request for a new version that asks the same (so nothing else changes). */
    static Map<String, Object> currentQuestionnaireAsRequest() {
        Map<String, Object> current = admin().get("/api/v1/followups/questionnaires/current").then().statusCode(200)
                .extract().as(Map.class);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object item : (List<?>) current.get("items")) {
            Map<String, Object> request = new LinkedHashMap<>((Map<String, Object>) item);
            request.values().removeIf(v -> v == null);
            items.add(request);
        }
        return Map.of("title", current.get("title"), "items", items);
    }

    private static Set<String> contractOperations() throws IOException {
        JsonNode contract = new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static List<String> callers() {
        List<String> callers = new ArrayList<>(Roles.ALL);
        callers.add(null);
        return callers;
    }

    private static String abbreviate(String role) {
        return switch (role) {
            case Roles.STATION_MANAGER -> "station";
            case Roles.TECHNICIAN -> "tech";
            default -> role;
        };
    }
}
