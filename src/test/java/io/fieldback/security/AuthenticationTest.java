package io.fieldback.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuthenticationTest {

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
}
