package io.fieldback.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A request record with one string field can also be read from text/plain; an empty text body on those operations
 * was a bare 400 without a problem body (found by the contract fuzzer on cancelVisit). They take JSON only: 415.
 */
@QuarkusTest
class OneStringBodiesTest {

    @Test
    void anEmptyTextBodyIsAnUnsupportedMediaTypeProblem() {
        String id = UUID.randomUUID().toString();
        for (String path : new String[] { "/api/v1/visits/" + id + "/cancel",
                "/api/v1/followups/" + id + "/screening/clear", "/api/v1/customers/" + id + "/erasure",
                "/api/v1/complaints/" + id + "/comments" }) {
            given().auth().oauth2(Tokens.token(Roles.ADMIN, null, null)).contentType("text/plain").body("")
                    .post(path)
                    .then().statusCode(415).contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(415));
        }
    }
}
