package io.fieldback.customer;

import static io.fieldback.customer.CustomerFixtures.CUSTOMERS;
import static io.fieldback.customer.CustomerFixtures.customerBody;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.chinese;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CustomerValidationTest {

    private static Response post(String field, Object value) {
        Map<String, Object> body = customerBody();
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return admin().body(body).post(CUSTOMERS);
    }

    @Test
    void missingCodeIsRejected() {
        assertInvalid(post("code", null), "code");
    }

    @Test
    void missingNameIsRejected() {
        assertInvalid(post("name", null), "name");
    }

    @Test
    void missingSegmentsAreAllReported() {
        Map<String, Object> body = customerBody();
        body.remove("relationship");
        body.remove("importance");
        body.remove("region");
        assertInvalid(admin().body(body).post(CUSTOMERS), "relationship").body("errors.field", hasItem("importance"))
                .body("errors.field", hasItem("region")).body("detail", equalTo("3 fields are invalid"));
    }

    @Test
    void badRelationshipIsRejectedListingTheAllowedValues() {
        assertInvalid(post("relationship", "FRIEND"), "relationship").body("errors.message",
                hasItem(allOf(containsString("OEM"), containsString("DEALER"), containsString("END_USER"))));
    }

    @Test
    void badImportanceIsRejectedListingTheAllowedValues() {
        assertInvalid(post("importance", "VIP"), "importance")
                .body("errors.message", hasItem(containsString("KEY, ORDINARY, POTENTIAL")));
    }

    @Test
    void lowerCaseEnumIsRejected() {
        assertInvalid(post("region", "east"), "region");
    }

    @Test
    void codeLongerThan32CharactersIsRejected() {
        assertInvalid(post("code", "C" + "0".repeat(32)), "code");
    }

    @Test
    void codeWithChineseCharactersIsRejected() {
        assertInvalid(post("code", "客户-001"), "code");
    }

    @Test
    void nameLongerThan200CharactersIsRejected() {
        assertInvalid(post("name", chinese(201)), "name");
    }

    @Test
    void provinceLongerThan64CharactersIsRejected() {
        assertInvalid(post("province", chinese(65)), "province");
    }

    @Test
    void stringsExactlyAtTheColumnSizesAreStoredWhole() {
        Map<String, Object> body = customerBody();
        String code = (TestData.unique("C") + "X".repeat(32)).substring(0, 32);
        body.put("code", code);
        body.put("name", chinese(200));
        body.put("province", "广西壮族自治区"); // a province by its full name is stored as its code
        body.put("region", "SOUTH");
        String id = admin().body(body).post(CUSTOMERS).then().statusCode(201).extract().path("id");
        admin().get(CUSTOMERS + "/" + id).then().body("code", equalTo(code)).body("name", equalTo(chinese(200)))
                .body("province", equalTo("GX"));
    }

    @Test
    void unknownFieldIsRejectedNamingIt() {
        assertInvalid(post("vipLevel", 3), "vipLevel").body("detail", containsString("vipLevel"));
    }

    @Test
    void doNotCallOfTheWrongJsonTypeIsRejected() {
        assertInvalid(post("doNotCall", "sometimes"), "doNotCall");
    }

    @Test
    void nameOfTheWrongJsonTypeIsRejected() {
        assertInvalid(post("name", java.util.List.of("a", "b")), "name");
    }

    @Test
    void unknownDealerIsRejected() {
        assertInvalid(post("dealerId", UUID.randomUUID().toString()), "dealerId");
    }

    @Test
    void malformedDealerIdIsRejected() {
        assertInvalid(post("dealerId", "D-001"), "dealerId");
    }

    @Test
    void bodyThatIsNotAnObjectIsRejected() {
        assertInvalid(admin().body("[1, 2]").post(CUSTOMERS), "body");
    }

    @Test
    void missingBodyIsRejected() {
        assertInvalid(admin().post(CUSTOMERS), "body");
    }

    @Test
    void nonJsonContentTypeIsRejectedWith415() {
        admin().contentType("text/plain").body("hello").post(CUSTOMERS).then().statusCode(415)
                .contentType("application/problem+json");
    }
}
