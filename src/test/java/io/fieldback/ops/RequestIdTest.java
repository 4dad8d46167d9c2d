package io.fieldback.ops;

import static io.fieldback.support.Tokens.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every answer carries a request id, and every problem quotes it, so a bug report finds the log lines. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void theCallersRequestIdIsEchoedAndQuotedInTheProblem() {
        admin().header("X-Request-Id", "dms-7f3a.42").get("/api/v1/customers/" + UUID.randomUUID()).then()
                .statusCode(404).header("X-Request-Id", "dms-7f3a.42")
                .contentType("application/problem+json").body("requestId", equalTo("dms-7f3a.42"));
    }

    @Test
    void withoutOneTheServerAssignsOne() {
        String id = given().get("/api/v1/customers").then().statusCode(401)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN)).extract().header("X-Request-Id");
        given().get("/api/v1/customers").then().header("X-Request-Id", not(equalTo(id)));
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        admin().header("X-Request-Id", "a\"b<script>").get("/api/v1/customers/" + UUID.randomUUID()).then()
                .statusCode(404).header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("requestId", matchesPattern(UUID_PATTERN));
    }

    @Test
    void successfulAnswersCarryItToo() {
        admin().header("X-Request-Id", "trace-1").get("/api/v1/dealers?limit=1").then().statusCode(200)
                .header("X-Request-Id", "trace-1");
    }
}
