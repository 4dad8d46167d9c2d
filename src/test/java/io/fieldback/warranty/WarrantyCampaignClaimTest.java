package io.fieldback.warranty;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.warranty.WarrantyFixtures.CATALOGUE;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** A CAMPAIGN claim type names a real campaign; a claim under it is for a machine that campaign covers. */
@QuarkusTest
class WarrantyCampaignClaimTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aCampaignTypeWithAnUnknownCampaignCodeIsRefusedAndNotStored() {
        String code = TestData.unique("CT");
        admin().body(Map.of("code", code, "kind", "CAMPAIGN", "name", "召回", "campaignCode", "NO-SUCH-RECALL"))
                .post(CATALOGUE + "/claim-types").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("campaignCode"))
                .body("detail", containsString("no campaign with code NO-SUCH-RECALL"));
        admin().queryParam("kind", "CAMPAIGN").queryParam("limit", 500).get(CATALOGUE + "/claim-types").then()
                .statusCode(200).body("items.code", not(hasItem(code)));
    }

    @Test
    void aCampaignClaimIsTakenOnlyForAMachineTheCampaignCovers() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID covered = w.machine("2027-03-17", 5000);                       // delivered 2025-03-18
        UUID outside = w.machine("2025-08-01", "2027-07-31", 5000);         // delivered after the campaign's range
        String recall = w.campaign("2025-03-01", "2025-03-31");
        UUID later = w.machine("2025-03-20", "2027-03-19", 5000);           // registered after the start, in range
        String type = TestData.unique("CT");
        WarrantyFixtures.type(type, "CAMPAIGN", recall);

        w.stationManager().body(campaignClaim(w, w.completedVisit(covered, 100), type)).post(CLAIMS).then()
                .statusCode(201);
        w.stationManager().body(campaignClaim(w, w.completedVisit(later, 100), type)).post(CLAIMS).then()
                .statusCode(201);
        UUID refused = w.completedVisit(outside, 100);
        w.stationManager().body(campaignClaim(w, refused, type)).post(CLAIMS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("claimTypeCode"))
                .body("detail", containsString("does not cover"));
        w.stationManager().queryParam("visitId", refused.toString()).get(CLAIMS).then().statusCode(200)
                .body("items.size()", equalTo(0));

        // another series' machine: the campaign's series does not cover it
        WarrantyFixtures other = new WarrantyFixtures();
        other.stationManager().body(campaignClaim(other, other.inWarrantyVisit(), type)).post(CLAIMS).then()
                .statusCode(400).body("errors[0].field", equalTo("claimTypeCode"));
    }

    @Test
    void theBulkPutRejectsTheUncoveredItemAndStoresTheOther() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID covered = w.machine("2027-03-17", 5000);
        UUID outside = w.machine("2025-08-01", "2027-07-31", 5000);
        String type = TestData.unique("CT");
        WarrantyFixtures.type(type, "CAMPAIGN", w.campaign("2025-03-01", "2025-03-31"));
        UUID refused = w.completedVisit(outside, 100);
        Map<String, Object> good = bulkItem(campaignClaim(w, w.completedVisit(covered, 100), type));
        Map<String, Object> bad = bulkItem(campaignClaim(w, refused, type));

        w.dealerSystem().body(Map.of("items", List.of(good, bad))).put("/api/v1/dealer/warranty-claims").then()
                .statusCode(200).body("summary.created", equalTo(1)).body("summary.rejected", equalTo(1))
                .body("items[0].status", equalTo("CREATED")).body("items[1].status", equalTo("REJECTED"))
                .body("items[1].errors[0].field", equalTo("claimTypeCode"));
        w.stationManager().queryParam("visitId", refused.toString()).get(CLAIMS).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    private static Map<String, Object> campaignClaim(WarrantyFixtures w, UUID visit, String type) {
        Map<String, Object> body = new HashMap<>(w.claim(visit, TestData.unique("WC")));
        body.put("claimTypeCode", type);
        return body;
    }

    private static Map<String, Object> bulkItem(Map<String, Object> claim) {
        Map<String, Object> item = new HashMap<>(claim);
        item.put("updatedAt", "2026-11-21T00:00:00Z");
        return item;
    }
}
