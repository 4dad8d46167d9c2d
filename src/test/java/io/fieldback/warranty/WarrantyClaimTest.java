package io.fieldback.warranty;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.warranty.WarrantyFixtures.CATALOGUE;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Catalogue and claims: pricing from the catalogue, coverage at the failure, bad input, tenancy. */
@QuarkusTest
class WarrantyClaimTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void catalogueListsOperationCodesBySeriesAndTheRateInForceOnADay() {
        WarrantyFixtures w = new WarrantyFixtures();
        w.rate("2026-11-01", "200.00");
        w.rate("2026-12-15", "260.00");
        admin().queryParam("productSeries", w.series).get(CATALOGUE + "/operation-codes").then().statusCode(200)
                .body("items.code", contains(w.pumpOp, w.gasketOp)).body("items[0].standardHours", equalTo(2.5f));
        w.stationManager().queryParam("on", "2026-11-20").get(CATALOGUE + "/labour-rates").then().statusCode(200)
                .body("items.hourlyRate", contains(200.0f)).body("items[0].validFrom", equalTo("2026-11-01"));
        Tokens.stationManager(TestData.station(w.dealer)).get(CATALOGUE + "/labour-rates").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void catalogueRefusesACampaignWithoutItsCodeAndASecondCurrencyForAStation() {
        WarrantyFixtures w = new WarrantyFixtures();
        admin().body(Map.of("code", TestData.unique("RC"), "kind", "CAMPAIGN", "name", "召回"))
                .post(CATALOGUE + "/claim-types").then().statusCode(400).body("errors[0].field", equalTo("campaignCode"));
        admin().body(Map.of("stationId", w.station.toString(), "validFrom", "2026-06-01", "hourlyRate", "25.00",
                "currency", "USD")).post(CATALOGUE + "/labour-rates").then().statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        admin().body(Map.of("code", w.pumpOp, "productSeries", w.series, "description", "x", "standardHours", "1.00"))
                .post(CATALOGUE + "/operation-codes").then().statusCode(409);
    }

    @Test
    void aClaimIsPricedFromTheCatalogueAtTheRateInForceOnTheRepairDay() {
        WarrantyFixtures w = new WarrantyFixtures();
        w.rate("2026-12-01", "999.00"); // starts after the repair on 2026-11-20: not used
        UUID visit = w.inWarrantyVisit();
        UUID id = w.draft(w.claim(visit, TestData.unique("WC")));
        // hand count: 2.50 h x 180.00 = 450.00; 2 x 430.50 = 861.00; travel 120.00; total 1,431.00
        admin().get(CLAIMS + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("coverage", equalTo("IN_WARRANTY")).body("repairedOn", equalTo("2026-11-20"))
                .body("failureReading", equalTo(1840)).body("failureUnit", equalTo("HOURS"))
                .body("lines.claimedAmount", contains(450.0f, 861.0f, 120.0f))
                .body("lines[0].rate", equalTo(180.0f)).body("lines[0].standardHours", equalTo(2.5f))
                .body("claimedTotal", equalTo(1431.0f)).body("currency", equalTo("CNY"));
    }

    @Test
    void outOfWarrantyByHoursIsRefusedForAStandardClaimAndAcceptedAsGoodwillWithTheReason() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID visit = w.completedVisit(w.machine("2027-03-17", 2000), 2100); // date fine, hours past the limit
        Map<String, Object> body = w.claim(visit, TestData.unique("WC"));
        w.stationManager().body(body).post(CLAIMS).then().statusCode(400)
                .body("errors[0].field", equalTo("claimTypeCode"))
                .body("errors[0].message", containsString("reading 2100 HOURS is past the warranty limit of 2000 HOURS"));
        body.put("claimTypeCode", w.goodwill);
        w.stationManager().body(body).post(CLAIMS).then().statusCode(201).body("coverage", equalTo("PAID_ANYWAY"))
                .body("coverageNote", containsString("goodwill"));
    }

    @Test
    void outOfWarrantyByDateIsRefusedWhateverTheHours() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID visit = w.completedVisit(w.machine("2026-10-31", 5000), 300);
        w.stationManager().body(w.claim(visit, TestData.unique("WC"))).post(CLAIMS).then().statusCode(400)
                .body("errors[0].field", equalTo("claimTypeCode"))
                .body("errors[0].message", containsString("warranty by date ended on 2026-10-31"));
    }

    @Test
    void badLinesAreRefusedNamingTheFieldAndNothingIsStored() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID visit = w.inWarrantyVisit();
        Map<String, Object> body = w.claim(visit, TestData.unique("WC"));
        body.put("lines", List.of(Map.of("kind", "LABOUR", "operationCode", "NO-SUCH-OP", "hours", "1.00")));
        w.stationManager().body(body).post(CLAIMS).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].operationCode"));
        body.put("lines", List.of(Map.of("kind", "LABOUR", "operationCode", w.pumpOp, "hours", "0")));
        w.stationManager().body(body).post(CLAIMS).then().statusCode(400).body("errors[0].field", equalTo("lines[0].hours"));
        body.put("lines", List.of(Map.of("kind", "LABOUR", "operationCode", w.pumpOp, "hours", "900")));
        w.stationManager().body(body).post(CLAIMS).then().statusCode(400).body("errors[0].field", equalTo("lines[0].hours"));
        body.put("lines", List.of(Map.of("kind", "PART", "partNumber", "P-1", "quantity", "1", "unitPrice", "-5.00")));
        w.stationManager().body(body).post(CLAIMS).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].unitPrice"));
        body.put("lines", List.of(Map.of("kind", "PART", "partNumber", "P-1", "quantity", "1", "unitPrice", "abc")));
        w.stationManager().body(body).post(CLAIMS).then().statusCode(400);
        body.put("lines", List.of(Map.of("kind", "OTHER", "amount", "10.00")));
        w.stationManager().body(body).post(CLAIMS).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].costKind"));
        Map<String, Object> dollars = w.claim(visit, TestData.unique("WC"));
        dollars.put("currency", "USD");
        w.stationManager().body(dollars).post(CLAIMS).then().statusCode(400).body("errors[0].field", equalTo("currency"));
        admin().queryParam("visitId", visit.toString()).get(CLAIMS).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aVisitOfAnotherStationOrNotYetCompletedCannotBeClaimed() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID visit = w.inWarrantyVisit();
        Tokens.stationManager(TestData.station(w.dealer)).body(w.claim(visit, TestData.unique("WC"))).post(CLAIMS)
                .then().statusCode(400).body("errors[0].field", equalTo("visitId"));
        Map<String, Object> unknown = w.claim(UUID.randomUUID(), TestData.unique("WC"));
        w.stationManager().body(unknown).post(CLAIMS).then().statusCode(400).body("errors[0].field", equalTo("visitId"));
    }

    @Test
    void aStationSeesItsOwnClaimsAndAnotherDealerGets404() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID id = w.draft(w.claim(w.inWarrantyVisit(), TestData.unique("WC")));
        w.dealerSystem().get(CLAIMS + "/" + id).then().statusCode(200);
        Tokens.dealer(TestData.dealer()).get(CLAIMS + "/" + id).then().statusCode(404);
        Tokens.stationManager(TestData.station(w.dealer)).get(CLAIMS + "/" + id).then().statusCode(404);
        w.stationManager().get(CLAIMS).then().statusCode(200).body("items.id", contains(id.toString()));
        WarrantyFixtures.analyst().get(CLAIMS + "/" + id).then().statusCode(200);
        Tokens.as("analyst").get(CLAIMS + "/" + id).then().statusCode(403);
        WarrantyFixtures.plain().get(CLAIMS + "/" + id).then().statusCode(401);
    }

    @Test
    void theClaimNumberIsTheDealersKey() {
        WarrantyFixtures w = new WarrantyFixtures();
        String number = TestData.unique("WC");
        w.draft(w.claim(w.inWarrantyVisit(), number));
        w.stationManager().body(w.claim(w.inWarrantyVisit(), number)).post(CLAIMS).then().statusCode(409)
                .body("errors[0].field", equalTo("claimNumber"));
        admin().queryParam("status", "DRAFT").queryParam("stationId", w.station.toString()).get(CLAIMS).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].approvedTotal", nullValue());
    }
}
