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
    void sameKeyWhileTheFirstIsRunningIs409() throws Exception {
        String key = UUID.randomUUID().toString();
        IdempotencyRecord running = claim(key);
        // the first request holds its claim's row lock while it works
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread first = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            RowLocks.lock("idempotency_keys", running.id);
            locked.countDown();
            try {
                done.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        first.start();
        try {
            locked.await(30, java.util.concurrent.TimeUnit.SECONDS);
            caller().header("Idempotency-Key", key).body(Map.of("code", TestData.unique("D"), "name", "A"))
                    .post("/api/v1/dealers").then().statusCode(409).contentType("application/problem+json");
        } finally {
            done.countDown();
            first.join();
        }
    }

    @Test
    void aClaimLeftByARequestThatDiedIsTakenOverAtOnce() {
        // committed, unfinished and unlocked: its request died with its transaction (database gone, instance killed)
        String key = UUID.randomUUID().toString();
        claim(key);
        caller().header("Idempotency-Key", key).body(Map.of("code", TestData.unique("D"), "name", "A"))
                .post("/api/v1/dealers").then().statusCode(201).header("Idempotent-Replayed", not("true"));
    }

    private IdempotencyRecord claim(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            IdempotencyRecord claim = new IdempotencyRecord();
            claim.id = UuidV7.next();
            claim.caller = subject;
            claim.key = key;
            claim.requestHash = "x".repeat(64);
            claim.createdAt = Instant.now();
            claim.expiresAt = Instant.now().plusSeconds(3600);
            claim.persist();
            return claim;
        });
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
