package io.fieldback.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.security.KeyPairGenerator;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class AuthenticationTest {

    @Inject
    JWTParser parser;

    @Test
    void noCredentialsIs401Problem() {
        given().get("/api/v1/customers").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
    }

    @Test
    void forgedTokenIs401() {
        String token = Tokens.token(Roles.ADMIN, null, null);
        String forged = token.substring(0, token.length() - 4) + "AAAA";
        given().auth().oauth2(forged).get("/api/v1/customers").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void wrongRoleIs403Problem() {
        Tokens.as(Roles.VENDOR).get("/api/v1/customers").then().statusCode(403)
                .contentType("application/problem+json");
        Tokens.as(Roles.AGENT).body("{\"code\":\"X\",\"name\":\"Y\"}").post("/api/v1/dealers").then().statusCode(403);
    }

    @Test
    void devTokenEndpointIssuesAWorkingToken() {
        String token = given().queryParam("role", "analyst").get("/dev/token").then().statusCode(200)
                .extract().asString();
        given().auth().oauth2(token).get("/api/v1/customers").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/api-keys").then().statusCode(403);
    }

    @Test
    void devTokenEndpointRefusesUnknownRoles() {
        given().queryParam("role", "superuser").get("/dev/token").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void healthAndContractNeedNoCredentials() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    /**
     * Verified tokens are remembered (VerifiedTokens), never past their expiry: a token used while valid is refused
     * once it has expired (the test profile allows one second of clock skew, so the verifier refuses it too).
     * Waits for the token's lifetime (20 s: long enough for the first calls on a loaded machine) and the skew to
     * pass: an expiry cannot be moved by the test's clock.
     */
    @Test
    void aRememberedTokenIsRefusedOnceExpired() throws Exception {
        String token = Jwt.issuer("https://fieldback.dev").subject("test-expiring").groups(Roles.ANALYST)
                .expiresIn(Duration.ofSeconds(20)).sign();
        long expiry = System.currentTimeMillis() / 1000 + 20;
        given().auth().oauth2(token).get("/api/v1/customers").then().statusCode(200);
        // the parser the JWT mechanism uses remembers the verified token: the same principal, not a new one
        assertSame(parser.parse(token), parser.parse(token));
        given().auth().oauth2(token).get("/api/v1/customers").then().statusCode(200);
        while (System.currentTimeMillis() / 1000 <= expiry + 2) {
            Thread.sleep(200);
        }
        given().auth().oauth2(token).get("/api/v1/customers").then().statusCode(401)
                .contentType("application/problem+json");
    }

    /** A token signed by a key the service does not trust (a rotated-out or foreign one) is refused. */
    @Test
    void aTokenSignedWithAnUntrustedKeyIs401() throws Exception {
        KeyPairGenerator keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        String token = Jwt.issuer("https://fieldback.dev").subject("test-foreign").groups(Roles.ADMIN)
                .expiresIn(Duration.ofHours(1)).sign(keys.generateKeyPair().getPrivate());
        Tokens.admin().get("/api/v1/customers").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/customers").then().statusCode(401);
    }
}
