package io.fieldback.common;

import static io.fieldback.support.Tokens.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Every error, whatever its cause, is an RFC 9457 problem a client developer can act on. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIs400() {
        admin().body("{\"code\": \"X\", ").post("/api/v1/dealers").then().statusCode(400)
                .contentType(PROBLEM).body("status", equalTo(400)).body("detail", containsString("malformed JSON"));
    }

    @Test
    void unknownFieldIs400NamingIt() {
        admin().body("{\"code\": \"X1\", \"name\": \"n\", \"colour\": \"red\"}").post("/api/v1/dealers").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("colour"))
                .body("detail", containsString("unknown field 'colour'"));
    }

    @Test
    void unknownEnumValueIs400ListingTheAllowedOnes() {
        var body = new java.util.HashMap<>(TestData.customer());
        body.put("relationship", "FRIEND");
        admin().body(body).post("/api/v1/customers").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("relationship"))
                .body("errors[0].message", containsString("OEM, DEALER, END_USER"));
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        var body = new java.util.HashMap<>(TestData.customer());
        body.put("doNotCall", java.util.List.of(1, 2));
        admin().body(body).post("/api/v1/customers").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("doNotCall"));
    }

    @Test
    void bodyThatIsNotAnObjectIs400() {
        admin().body("[1,2]").post("/api/v1/dealers").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void missingBodyIs400() {
        admin().post("/api/v1/dealers").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void validationFailuresListEveryField() {
        admin().body("{\"code\": \"bad code!\", \"name\": \"\"}").post("/api/v1/dealers").then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://fieldback.io/problems/validation"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void unknownPathIs404() {
        admin().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void unknownIdIs404() {
        admin().get("/api/v1/dealers/" + UuidV7.next()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void malformedIdIs404() {
        admin().get("/api/v1/dealers/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void wrongMethodIs405() {
        admin().patch("/api/v1/dealers").then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
    }

    @Test
    void wrongContentTypeIs415() {
        admin().contentType("text/plain").body("code=X").post("/api/v1/dealers").then().statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void oversizeBodyIs413() {
        String big = "{\"code\": \"X\", \"name\": \"" + "a".repeat(1_100_000) + "\"}";
        admin().body(big).post("/api/v1/dealers").then().statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413));
    }

    @Test
    void badPagingParametersAre400() {
        admin().queryParam("limit", 501).get("/api/v1/dealers").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
        admin().queryParam("cursor", "garbage!").get("/api/v1/dealers").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void unconvertibleQueryParametersAre400NamingThem() {
        admin().queryParam("limit", "ten").get("/api/v1/dealers").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit")).body("errors[0].message", containsString("whole number"));
        admin().queryParam("dealerId", "xyz").get("/api/v1/stations").then().statusCode(400)
                .body("errors[0].field", equalTo("dealerId")).body("errors[0].message", containsString("UUID"));
        admin().queryParam("active", "maybe").get("/api/v1/dealers").then().statusCode(400)
                .body("errors[0].field", equalTo("active")).body("errors[0].message", containsString("true or false"));
        admin().queryParam("region", "MARS").get("/api/v1/stations").then().statusCode(400)
                .body("errors[0].field", equalTo("region")).body("errors[0].message", containsString("EAST"));
    }

    @Test
    void unexpectedFailureIs500RevealingNothing() {
        given().get("/test/failure").then().statusCode(500).contentType(PROBLEM)
                .body("detail", startsWith("an unexpected error occurred"))
                .body(not(containsString("SELECT")))
                .body(not(containsString("IllegalStateException")));
    }
}
