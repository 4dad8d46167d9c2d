package io.fieldback.station;

import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.chinese;
import static io.fieldback.station.StationFixtures.stationBody;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class StationValidationTest {

    private static final String STATIONS = "/api/v1/stations";

    private static Response post(String field, Object value) {
        Map<String, Object> body = stationBody(TestData.dealer(), 31.2, 121.4);
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return admin().body(body).post(STATIONS);
    }

    @Test
    void missingNameIsRejected() {
        assertInvalid(post("name", null), "name");
    }

    @Test
    void missingRegionIsRejected() {
        assertInvalid(post("region", null), "region");
    }

    @Test
    void missingCoordinatesAreRejected() {
        assertInvalid(post("latitude", null), "latitude");
        assertInvalid(post("longitude", null), "longitude");
    }

    @Test
    void latitudeOutOfRangeIsRejected() {
        assertInvalid(post("latitude", 90.5), "latitude");
        assertInvalid(post("latitude", -91), "latitude");
    }

    @Test
    void longitudeOutOfRangeIsRejected() {
        assertInvalid(post("longitude", 180.01), "longitude");
        assertInvalid(post("longitude", -181), "longitude");
    }

    @Test
    void coordinatesAtTheirLimitsAreAccepted() {
        Map<String, Object> body = stationBody(TestData.dealer(), -90, 180);
        admin().body(body).post(STATIONS).then().statusCode(201);
    }

    @Test
    void latitudeWithMoreThanSixDecimalsIsRejected() {
        assertInvalid(post("latitude", new java.math.BigDecimal("31.1234567")), "latitude");
    }

    @Test
    void latitudeOfTheWrongJsonTypeIsRejected() {
        assertInvalid(post("latitude", "north"), "latitude");
    }

    @Test
    void open24hOfTheWrongJsonTypeIsRejected() {
        assertInvalid(post("open24h", "sometimes"), "open24h");
    }

    @Test
    void badRegionIsRejectedListingTheAllowedValues() {
        assertInvalid(post("region", "MIDDLE_EARTH"), "region")
                .body("errors.message", hasItem(allOf(containsString("EAST"), containsString("NORTHWEST"))));
    }

    @Test
    void badPhoneIsRejected() {
        assertInvalid(post("phone", "021-50501234"), "phone");
        assertInvalid(post("phone", "+0862150501234"), "phone");
    }

    @Test
    void codeLongerThanTheColumnIsRejected() {
        assertInvalid(post("code", "S" + "0".repeat(32)), "code");
    }

    @Test
    void nameLongerThanTheColumnIsRejected() {
        assertInvalid(post("name", chinese(201)), "name");
    }

    @Test
    void provinceLongerThanTheColumnIsRejected() {
        assertInvalid(post("province", chinese(65)), "province");
    }

    @Test
    void addressLongerThanTheColumnIsRejected() {
        assertInvalid(post("address", chinese(501)), "address");
    }

    @Test
    void stringsExactlyAtTheColumnSizesAreAccepted() {
        Map<String, Object> body = stationBody(TestData.dealer(), 31.2, 121.4);
        body.put("code", TestData.unique("S") + "0".repeat(22));
        body.put("name", chinese(200));
        body.put("province", "SH");
        body.put("address", chinese(500));
        body.put("phone", "+862150501234567");
        admin().body(body).post(STATIONS).then().statusCode(201);
    }

    @Test
    void unknownFieldIsRejectedNamingIt() {
        assertInvalid(post("manager", "张三"), "manager").body("detail", containsString("manager"));
    }

    @Test
    void unknownDealerIsRejected() {
        assertInvalid(post("dealerId", UUID.randomUUID().toString()), "dealerId");
    }

    @Test
    void adminMustNameADealer() {
        assertInvalid(post("dealerId", null), "dealerId");
    }

    @Test
    void malformedDealerIdIsRejected() {
        assertInvalid(post("dealerId", "dealer-one"), "dealerId");
    }

    @Test
    void missingBodyIsRejected() {
        assertInvalid(admin().post(STATIONS), "body");
    }
}
