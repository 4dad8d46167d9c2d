package io.fieldback.region;

import static io.fieldback.region.RegionFixtures.completedCall;
import static io.fieldback.region.RegionFixtures.customer;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 15, observation 4: the seed campaign had feedback from 8 regions, but with 7 fixed regions the
 * 湖北 customers were filed under EAST and the report showed 7. Now 湖北 is in CENTRAL (华中), and the
 * five-dimension figures show 8 regions, and the same calls by province.
 */
@QuarkusTest
class RegionFiguresTest {

    /** One completed call each, on a day of its own. Hand count in the comments. */
    private static LocalDate feedbackFromEightRegions() {
        LocalDate day = RegionFixtures.freshDay();
        completedCall(customer("NORTH", "北京"), day, true);
        completedCall(customer("NORTHEAST", null), day, true);
        completedCall(customer("EAST", "江苏"), day, true);
        completedCall(customer("EAST", "上海市"), day, true);
        // CENTRAL: three 湖北 customers (one dissatisfied with quality) and one 河南 customer
        completedCall(customer("CENTRAL", "湖北"), day, true);
        completedCall(customer("CENTRAL", "湖北省"), day, false);
        completedCall(customer("CENTRAL", "HB"), day, true);
        completedCall(customer("CENTRAL", "河南"), day, true);
        completedCall(customer("SOUTH", "广东"), day, true);
        completedCall(customer("SOUTHWEST", "四川"), day, true);
        completedCall(customer("NORTHWEST", "陕西"), day, true);
        completedCall(customer("INTERNATIONAL", null), day, true);
        return day; // 12 calls, 8 regions, 8 provinces + 2 calls without a province
    }

    private static ValidatableResponse report(LocalDate day, String groupBy) {
        return admin().queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("groupBy", groupBy).get("/api/v1/insights/five-dimensions").then().statusCode(200);
    }

    private static String group(String key) {
        return "groups.find { it.key == " + (key == null ? "null" : "'" + key + "'") + " }.";
    }

    @Test
    void feedbackFromEightRegionsIsReportedAsEightRegionsWithHubeiUnderCentral() {
        LocalDate day = feedbackFromEightRegions();
        report(day, "region")
                .body("groups.findAll { it.combined.due > 0 }", hasSize(8))
                .body("total.own.due", equalTo(12)).body("total.own.respondents", equalTo(12))
                .body(group("CENTRAL") + "label", equalTo("华中"))
                .body(group("CENTRAL") + "own.due", equalTo(4)).body(group("CENTRAL") + "own.respondents", equalTo(4))
                .body(group("CENTRAL") + "own.dimensions[0].satisfied", equalTo(3))
                .body(group("CENTRAL") + "own.dimensions[1].satisfied", equalTo(4))
                .body(group("EAST") + "own.due", equalTo(2)).body(group("NORTH") + "own.due", equalTo(1))
                .body(group("NORTHEAST") + "own.due", equalTo(1)).body(group("SOUTH") + "own.due", equalTo(1))
                .body(group("SOUTHWEST") + "own.due", equalTo(1)).body(group("NORTHWEST") + "own.due", equalTo(1))
                .body(group("INTERNATIONAL") + "own.due", equalTo(1))
                .body("total.own.dimensions[0].satisfied", equalTo(11));
    }

    @Test
    void theSameFeedbackGroupsByProvince() {
        LocalDate day = feedbackFromEightRegions();
        report(day, "province")
                .body("groups", hasSize(9)) // 8 provinces and "no province" (the NORTHEAST and overseas customers)
                .body(group("HB") + "label", equalTo("湖北")).body(group("HB") + "own.due", equalTo(3))
                .body(group("HB") + "own.dimensions[0].satisfied", equalTo(2))
                .body(group("HA") + "own.due", equalTo(1)).body(group("JS") + "own.due", equalTo(1))
                .body(group("SH") + "own.due", equalTo(1)).body(group("BJ") + "own.due", equalTo(1))
                .body(group("GD") + "own.due", equalTo(1)).body(group("SC") + "own.due", equalTo(1))
                .body(group("SN") + "own.due", equalTo(1))
                .body(group(null) + "own.due", equalTo(2)).body(group(null) + "label", equalTo("(none)"))
                .body("total.own.due", equalTo(12));
    }

    @Test
    void movingAProvinceToAnotherRegionCarriesItsCustomersAndTheirFiguresAlong() {
        // two regions of the test's own, so the move touches no other test's figures
        String before = admin().body(RegionFixtures.newRegion()).post(RegionFixtures.REGIONS).then()
                .statusCode(201).extract().path("code");
        String code = admin().body(RegionFixtures.newRegion()).post(RegionFixtures.REGIONS).then()
                .statusCode(201).extract().path("code");
        String province = "P" + code.substring(2);
        String name = "测试省" + code;
        UUID provinceId = UUID.fromString(admin().body(java.util.Map.of("code", province, "nameZh", name,
                "nameEn", "Test " + code, "regionCode", before)).post(RegionFixtures.PROVINCES).then()
                .statusCode(201).extract().path("id"));
        LocalDate day = RegionFixtures.freshDay();
        UUID first = customer(before, province);
        completedCall(first, day, true);
        completedCall(customer(before, name), day, true);
        report(day, "region").body(group(before) + "own.due", equalTo(2));

        admin().header("If-Match", "\"0\"").body(java.util.Map.of("code", province, "nameZh", name,
                "nameEn", "Test " + code, "regionCode", code)).put(RegionFixtures.PROVINCES + "/" + provinceId)
                .then().statusCode(200).body("regionCode", equalTo(code));

        admin().get(RegionFixtures.CUSTOMERS + "/" + first).then().statusCode(200).body("region", equalTo(code))
                .body("province", equalTo(province)).header("ETag", equalTo("\"1\""));
        report(day, "region").body(group(code) + "own.due", equalTo(2)).body(group(before) + "own.due", equalTo(0));
        // the old region no longer fits the province
        RegionFixtures.postCustomer(before, province).then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }
}
