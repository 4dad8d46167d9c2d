package io.fieldback.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Per-caller rate limits: past its bucket a caller gets 429 + Retry-After; other callers do not notice. */
@QuarkusTest
@TestProfile(TinyLimitsProfile.class)
class RateLimitTest {

    private static RequestSpecification person(String subject) {
        return given().auth().oauth2(Tokens.token(subject, Roles.ANALYST, null, null)).contentType("application/json");
    }

    @Test
    void aPersonPastTheLimitGets429WithRetryAfterAndAnotherPersonDoesNot() {
        String busy = "busy-" + UUID.randomUUID();
        for (int i = 0; i < TinyLimitsProfile.USER_CAPACITY; i++) {
            person(busy).get("/api/v1/dealers").then().statusCode(200);
        }
        Response refused = person(busy).get("/api/v1/dealers");
        assertTooManyRequests(refused);
        // a new token of the same person is the same caller
        assertTooManyRequests(person(busy).get("/api/v1/dealers"));

        person("calm-" + UUID.randomUUID()).get("/api/v1/dealers").then().statusCode(200);
    }

    @Test
    void anApiKeyPastTheLimitGets429AndAnotherKeyDoesNot() {
        String first = createVendorKey();
        String second = createVendorKey();
        for (int i = 0; i < TinyLimitsProfile.KEY_CAPACITY; i++) {
            given().header("X-API-Key", first).get("/api/v1/vendors").then().statusCode(200);
        }
        assertTooManyRequests(given().header("X-API-Key", first).get("/api/v1/vendors"));
        given().header("X-API-Key", second).get("/api/v1/vendors").then().statusCode(200);
    }

    @Test
    void anonymousAndBadCredentialsAreAnswered401NotCounted() {
        for (int i = 0; i < TinyLimitsProfile.USER_CAPACITY + 2; i++) {
            given().get("/api/v1/dealers").then().statusCode(401);
            given().auth().oauth2("not-a-token").get("/api/v1/dealers").then().statusCode(401);
            given().header("X-API-Key", "fbk_bad").get("/api/v1/dealers").then().statusCode(401);
        }
    }

    private static void assertTooManyRequests(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(response.jsonPath().getString("requestId")).isNotBlank();
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    }

    /** A vendor key made by a fresh admin (its own bucket), as an integrator would get one. */
    private static String createVendorKey() {
        RequestSpecification admin = given().auth().oauth2(Tokens.token(Roles.ADMIN, null, null))
                .contentType("application/json");
        String vendor = admin.body(Map.of("code", TestData.unique("V"), "name", "问卷公司")).post("/api/v1/vendors")
                .then().statusCode(201).extract().path("id");
        admin = given().auth().oauth2(Tokens.token(Roles.ADMIN, null, null)).contentType("application/json");
        return admin.body(Map.of("name", "survey upload", "role", "VENDOR", "vendorId", vendor))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
    }
}
