package io.fieldback.warranty;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.warranty.WarrantyFixtures.CATALOGUE;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Catalogue entries by id: read, replace with If-Match, deactivate; new claims follow what is active. */
@QuarkusTest
class CatalogueEntriesTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anOperationCodeIsReplacedWithItsETagAndAStaleOrMissingOneIsRefused() {
        WarrantyFixtures w = new WarrantyFixtures();
        String id = admin().queryParam("code", w.pumpOp).get(CATALOGUE + "/operation-codes").then().statusCode(200)
                .extract().path("items[0].id");
        String tag = w.stationManager().get(CATALOGUE + "/operation-codes/" + id).then().statusCode(200)
                .body("standardHours", equalTo(2.5f)).extract().header("ETag");
        Map<String, Object> body = Map.of("code", w.pumpOp, "productSeries", w.series, "description", "更换水泵总成",
                "standardHours", "3.00");
        admin().body(body).put(CATALOGUE + "/operation-codes/" + id).then().statusCode(428);
        String next = admin().header("If-Match", tag).body(body).put(CATALOGUE + "/operation-codes/" + id).then()
                .statusCode(200).body("standardHours", equalTo(3.0f)).body("description", equalTo("更换水泵总成"))
                .extract().header("ETag");
        admin().header("If-Match", tag).body(body).put(CATALOGUE + "/operation-codes/" + id).then().statusCode(412);
        Map<String, Object> renamed = new HashMap<>(body);
        renamed.put("code", TestData.unique("OP"));
        admin().header("If-Match", next).body(renamed).put(CATALOGUE + "/operation-codes/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        admin().get(CATALOGUE + "/operation-codes/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aDeactivatedOperationCodeIsRefusedOnNewClaimsUntilItIsReplacedAgain() {
        WarrantyFixtures w = new WarrantyFixtures();
        String id = admin().queryParam("code", w.pumpOp).get(CATALOGUE + "/operation-codes").then().extract()
                .path("items[0].id");
        admin().delete(CATALOGUE + "/operation-codes/" + id).then().statusCode(204);
        admin().queryParam("productSeries", w.series).get(CATALOGUE + "/operation-codes").then().statusCode(200)
                .body("items.code", contains(w.gasketOp));
        UUID visit = w.inWarrantyVisit();
        w.stationManager().body(w.claim(visit, TestData.unique("WC"))).post(CLAIMS).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].operationCode"));
        admin().body(Map.of("code", w.pumpOp, "productSeries", w.series, "description", "x", "standardHours", "1.00"))
                .post(CATALOGUE + "/operation-codes").then().statusCode(409);
        String tag = admin().get(CATALOGUE + "/operation-codes/" + id).then().body("active", equalTo(false)).extract()
                .header("ETag");
        admin().header("If-Match", tag).body(Map.of("code", w.pumpOp, "productSeries", w.series, "description", "更换水泵",
                "standardHours", "2.50")).put(CATALOGUE + "/operation-codes/" + id).then().statusCode(200)
                .body("active", equalTo(true));
        w.stationManager().body(w.claim(visit, TestData.unique("WC"))).post(CLAIMS).then().statusCode(201);
    }

    @Test
    void aWithdrawnLabourRateLeavesThePreviousRateInForce() {
        WarrantyFixtures w = new WarrantyFixtures();
        w.rate("2026-11-01", "200.00");
        String id = admin().queryParam("stationId", w.station).queryParam("on", "2026-11-20")
                .get(CATALOGUE + "/labour-rates").then().extract().path("items[0].id");
        Tokens.stationManager(TestData.station(w.dealer)).get(CATALOGUE + "/labour-rates/" + id).then().statusCode(404);
        w.dealerSystem().get(CATALOGUE + "/labour-rates/" + id).then().statusCode(200).body("hourlyRate", equalTo(200.0f));
        admin().delete(CATALOGUE + "/labour-rates/" + id).then().statusCode(204);
        // 2.50 h at the 2026-01-01 rate of 180.00 again
        w.stationManager().body(w.claim(w.inWarrantyVisit(), TestData.unique("WC"))).post(CLAIMS).then()
                .statusCode(201).body("lines[0].rate", equalTo(180.0f)).body("lines[0].claimedAmount", equalTo(450.0f));
        String tag = admin().get(CATALOGUE + "/labour-rates/" + id).then().body("active", equalTo(false)).extract()
                .header("ETag");
        Map<String, Object> usd = Map.of("stationId", w.station.toString(), "validFrom", "2026-11-01", "hourlyRate",
                "30.00", "currency", "USD");
        admin().header("If-Match", tag).body(usd).put(CATALOGUE + "/labour-rates/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        admin().header("If-Match", tag).body(Map.of("stationId", w.station.toString(), "validFrom", "2026-11-01",
                "hourlyRate", "210.00", "currency", "CNY")).put(CATALOGUE + "/labour-rates/" + id).then()
                .statusCode(200).body("active", equalTo(true)).body("hourlyRate", equalTo(210.0f));
        w.stationManager().body(w.claim(w.inWarrantyVisit(), TestData.unique("WC"))).post(CLAIMS).then()
                .statusCode(201).body("lines[0].rate", equalTo(210.0f));
    }

    @Test
    void aClaimTypeIsReplacedAndDeactivated() {
        WarrantyFixtures w = new WarrantyFixtures();
        String id = admin().queryParam("kind", "GOODWILL").queryParam("limit", 500).get(CATALOGUE + "/claim-types")
                .then().extract().path("items.find { it.code == '" + w.goodwill + "' }.id");
        String tag = admin().get(CATALOGUE + "/claim-types/" + id).then().statusCode(200).extract().header("ETag");
        admin().header("If-Match", tag).body(Map.of("code", w.goodwill, "kind", "CAMPAIGN", "name", "召回"))
                .put(CATALOGUE + "/claim-types/" + id).then().statusCode(400).body("errors[0].field", equalTo("campaignCode"));
        w.machine("2027-03-17", 5000);
        String recall = w.campaign("2025-01-01", "2025-12-31");
        admin().header("If-Match", tag).body(Map.of("code", w.goodwill, "kind", "CAMPAIGN", "name", "水泵召回",
                "campaignCode", recall)).put(CATALOGUE + "/claim-types/" + id).then().statusCode(200)
                .body("kind", equalTo("CAMPAIGN")).body("campaignCode", equalTo(recall));
        w.stationManager().delete(CATALOGUE + "/claim-types/" + id).then().statusCode(403);
        admin().delete(CATALOGUE + "/claim-types/" + id).then().statusCode(204);
        Map<String, Object> body = new HashMap<>(w.claim(w.inWarrantyVisit(), TestData.unique("WC")));
        body.put("claimTypeCode", w.goodwill);
        w.stationManager().body(body).post(CLAIMS).then().statusCode(400).body("errors[0].field", equalTo("claimTypeCode"));
    }
}
