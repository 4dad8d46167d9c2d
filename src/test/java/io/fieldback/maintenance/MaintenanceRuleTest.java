package io.fieldback.maintenance;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MaintenanceRuleTest {

    private static final String RULES = "/api/v1/maintenance/rules";

    @Test
    void aRuleIsStoredAndReadBack() {
        String series = TestData.unique("S");
        String id = admin().body(MaintenanceFixtures.rule(series, "ANCHORED", 250, 3, 500, 6)).post(RULES).then()
                .statusCode(201).body("mode", equalTo("ANCHORED")).body("meterUnit", equalTo("HOURS"))
                .extract().path("id");
        as(Roles.AGENT).get(RULES + "/" + id).then().statusCode(200).body("firstMeter", equalTo(250))
                .body("everyMonths", equalTo(6));
        as(Roles.AGENT).queryParam("productSeries", series).get(RULES).then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void zeroOrNegativeIntervalsAreRefused() {
        admin().body(MaintenanceFixtures.rule(TestData.unique("S"), "FLOATING", 0, 3, 500, 6)).post(RULES).then()
                .statusCode(400).body("errors.field", hasItem("firstMeter"));
        admin().body(MaintenanceFixtures.rule(TestData.unique("S"), "FLOATING", 250, 3, 500, -6)).post(RULES).then()
                .statusCode(400).body("errors.field", hasItem("everyMonths"));
    }

    @Test
    void aMeterIntervalNeedsItsUnitAndARuleNeedsARecurringInterval() {
        Map<String, Object> noUnit = new java.util.HashMap<>(MaintenanceFixtures.rule(TestData.unique("S"), "FLOATING", 250, null, 500, null));
        noUnit.remove("meterUnit");
        admin().body(noUnit).post(RULES).then().statusCode(400).body("errors.field", hasItem("meterUnit"));
        admin().body(MaintenanceFixtures.rule(TestData.unique("S"), "FLOATING", 250, 3, null, null)).post(RULES).then()
                .statusCode(400).body("errors.field", hasItem("everyMonths"));
    }

    @Test
    void oneRulePerSeries() {
        String series = TestData.unique("S");
        admin().body(MaintenanceFixtures.rule(series, "FLOATING", null, 3, null, 6)).post(RULES).then().statusCode(201);
        admin().body(MaintenanceFixtures.rule(series, "ANCHORED", null, 3, null, 12)).post(RULES).then().statusCode(409);
    }

    @Test
    void onlyAdminsWriteRulesAndAStaleVersionIs412() {
        String series = TestData.unique("S");
        as(Roles.DEALER).body(MaintenanceFixtures.rule(series, "FLOATING", null, 3, null, 6)).post(RULES).then()
                .statusCode(403);
        String id = admin().body(MaintenanceFixtures.rule(series, "FLOATING", null, 3, null, 6)).post(RULES).then()
                .statusCode(201).extract().path("id");
        admin().header("If-Match", "\"99\"").body(MaintenanceFixtures.rule(series, "ANCHORED", null, 3, null, 6))
                .put(RULES + "/" + id).then().statusCode(412);
        String etag = admin().get(RULES + "/" + id).then().extract().header("ETag");
        admin().header("If-Match", etag).body(MaintenanceFixtures.rule(series, "ANCHORED", null, 3, null, 6))
                .put(RULES + "/" + id).then().statusCode(200).body("mode", equalTo("ANCHORED"));
    }
}
