package io.fieldback.security;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void apiAnswersCarrySecurityHeaders() {
        Tokens.admin().get("/api/v1/dealers").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void errorsCarryThemToo() {
        io.restassured.RestAssured.given().get("/api/v1/dealers").then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void crossOriginPreflightIsNotGranted() {
        io.restassured.RestAssured.given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET").options("/api/v1/dealers").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
