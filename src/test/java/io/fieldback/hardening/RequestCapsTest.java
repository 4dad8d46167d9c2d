package io.fieldback.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.fieldback.common.BodyLimitRule;
import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Caps walked over the whole contract, so a new operation is covered by construction: every operation
 * that takes a body refuses one past its cap (the default, or its path's {@link BodyLimitRule}) with a
 * 413 problem before reading it; every list refuses a page size past its maximum with a 400 problem.
 */
@QuarkusTest
class RequestCapsTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Instance<BodyLimitRule> rules;

    @ConfigProperty(name = "fieldback.http.max-body-bytes")
    long defaultCap;

    @Test
    void everyOperationWithABodyRefusesOnePastItsCapWith413() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ContractOperations.Op op : ContractOperations.all()) {
            if (!op.spec().has("requestBody")) {
                continue;
            }
            String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            long cap = rules.stream().filter(r -> r.path().matcher(path).matches()).mapToLong(BodyLimitRule::maxBytes)
                    .findFirst().orElse(defaultCap);
            String answer = announceBody(op.method().toUpperCase(), path, cap + 1);
            checked++;
            if (!answer.startsWith("HTTP/1.1 413") || !answer.contains("application/problem+json")
                    || !answer.contains("limit of " + cap + " bytes")) {
                failures.add(op.id() + " (cap " + cap + "): " + answer.lines().findFirst().orElse("no answer"));
            }
        }
        System.out.printf("body caps: %d operations with a body refuse one byte past their cap%n", checked);
        assertThat(checked).isPositive();
        assertThat(failures).isEmpty();
    }

    @Test
    void everyListRefusesAPageSizePastItsMaximum() throws IOException {
        Map<String, List<String>> roles = ContractOperations.rolesByOperationId();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ContractOperations.Op op : ContractOperations.all()) {
            boolean paged = false;
            for (JsonNode parameter : op.spec().path("parameters")) {
                paged |= parameter.path("in").asText().equals("query") && parameter.path("name").asText().equals("limit");
            }
            if (!op.method().equals("get") || !paged) {
                continue;
            }
            String role = roles.getOrDefault(op.id(), List.of(Roles.ADMIN)).get(0);
            String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String limit : List.of("1000000", "0", "-1", "99999999999")) {
                Response response = given().auth().oauth2(token(role)).queryParam("limit", limit).get(path);
                checked++;
                boolean refused = response.statusCode() == 400
                        || (op.path().contains("{") && response.statusCode() == 404);
                if (!refused || !response.contentType().startsWith("application/problem+json")) {
                    failures.add(op.id() + " limit=" + limit + " as " + role + ": " + response.statusCode());
                }
            }
        }
        System.out.printf("page caps: %d refused page sizes%n", checked);
        assertThat(checked).isPositive();
        assertThat(failures).isEmpty();
    }

    private static String token(String role) {
        return switch (role) {
            case Roles.DEALER -> Tokens.token(role, Scope.DEALER, UUID.randomUUID());
            case Roles.STATION_MANAGER, Roles.TECHNICIAN -> Tokens.token(role, Scope.STATION, UUID.randomUUID());
            case Roles.VENDOR -> Tokens.token(role, Scope.VENDOR, UUID.randomUUID());
            default -> Tokens.token(role, null, null);
        };
    }

    /** Sends only the head of a request that announces a body of this length, and reads the answer. */
    private String announceBody(String method, String path, long length) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + Tokens.token(Roles.ADMIN, null, null) + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            StringBuilder answer = new StringBuilder();
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (answer.indexOf("}") > 0) {
                    break;
                }
            }
            return answer.toString();
        }
    }
}
