package io.fieldback.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Idempotency-Key on creating POSTs: retries after a lost response create nothing twice. */
@QuarkusTest
class IdempotencyTest {

    private final String subject = "idem-" + UUID.randomUUID();

    private RequestSpecification caller() {
        return given().auth().oauth2(Tokens.token(subject, Roles.ADMIN, null, null)).contentType("application/json");
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("code", TestData.unique("D"), "name", "Idem");
        var first = caller().header("Idempotency-Key", key).body(body).post("/api/v1/dealers");
        first.then().statusCode(201);
        caller().header("Idempotency-Key", key).body(body).post("/api/v1/dealers").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo(first.path("id")));
        caller().queryParam("code", body.get("code")).get("/api/v1/dealers").then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        caller().header("Idempotency-Key", key).body(Map.of("code", TestData.unique("D"), "name", "A"))
                .post("/api/v1/dealers").then().statusCode(201);
        caller().header("Idempotency-Key", key).body(Map.of("code", TestData.unique("D"), "name", "B"))
                .post("/api/v1/dealers").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void sameKeyWhileTheFirstIsRunningIs409() {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord running = new IdempotencyRecord();
            running.id = UuidV7.next();
            running.caller = subject;
            running.key = key;
            running.requestHash = "x".repeat(64);
            running.createdAt = Instant.now();
            running.expiresAt = Instant.now().plusSeconds(3600);
            running.persist();
        });
        caller().header("Idempotency-Key", key).body(Map.of("code", TestData.unique("D"), "name", "A"))
                .post("/api/v1/dealers").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("code", TestData.unique("D"), "name", "A");
        caller().header("Idempotency-Key", key).body(body).post("/api/v1/dealers").then().statusCode(201);
        // another caller using the same key is a different request: it runs (and meets the duplicate code)
        Tokens.admin().header("Idempotency-Key", key).body(body).post("/api/v1/dealers").then().statusCode(409)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aFailedRequestDoesNotBurnTheKey() {
        String key = UUID.randomUUID().toString();
        String taken = TestData.unique("D");
        caller().body(Map.of("code", taken, "name", "A")).post("/api/v1/dealers").then().statusCode(201);
        caller().header("Idempotency-Key", key).body(Map.of("code", taken, "name", "A"))
                .post("/api/v1/dealers").then().statusCode(409);
        caller().header("Idempotency-Key", key).body(Map.of("code", TestData.unique("D"), "name", "A"))
                .post("/api/v1/dealers").then().statusCode(201).header("Idempotent-Replayed", not("true"));
    }
}
