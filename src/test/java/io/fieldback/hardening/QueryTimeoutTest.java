package io.fieldback.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A query that runs past the timeout is cancelled and answered 503 problem+json with Retry-After, and
 * its connection goes back to the pool: more slow reports than the pool has connections cannot starve
 * the next caller. (The profile cancels queries after 1 s and has a pool of 4.)
 */
@QuarkusTest
@TestProfile(TinyLimitsProfile.class)
class QueryTimeoutTest {

    @Test
    void aSlowQueryIsCancelledAndAnswered503() {
        assertUnavailable(given().queryParam("seconds", 30).get("/test/slow-report"));
    }

    @Test
    void slowReportsDoNotExhaustThePool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(TinyLimitsProfile.POOL * 2);
        try {
            List<Future<Response>> slow = new ArrayList<>();
            for (int i = 0; i < TinyLimitsProfile.POOL * 2; i++) {
                slow.add(pool.submit(() -> given().queryParam("seconds", 30).get("/test/slow-report")));
            }
            for (Future<Response> response : slow) {
                assertUnavailable(response.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // every connection is back: a quick query and an ordinary request are served
        given().queryParam("seconds", 0).get("/test/slow-report").then().statusCode(200);
        given().auth().oauth2(Tokens.token(Roles.ADMIN, null, null)).get("/api/v1/dealers").then().statusCode(200);
    }

    private static void assertUnavailable(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.asString()).doesNotContainIgnoringCase("sleep").doesNotContainIgnoringCase("select");
    }
}
