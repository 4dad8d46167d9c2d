package io.fieldback.warranty;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.warranty.PartReturnTest.line;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static io.fieldback.warranty.WarrantyFixtures.analyst;
import static io.fieldback.warranty.WarrantyFixtures.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The figures of one product series of its own, against hand counts. Every repair is on 2026-11-20 (Shanghai).
 * Machines: m1, m2, m3 delivered in March 2025, m4, m5 in April 2025.
 * <ul>
 * <li>c1 on m1: 1,431.00 auto-approved 2026-11-21; its pump (2 × WP-6K-001) returned, CONFIRMED 2026-11-25;</li>
 * <li>c2 on m1: 1 × INJ-001 at 500.00 auto-approved 2026-11-22; returned, CONFIRMED 2026-11-26;</li>
 * <li>c3 on m2: 2,500.00 sublet, rejected 2026-11-25 (not a failure);</li>
 * <li>c4 on m4: 1,431.00 auto-approved 2026-12-01; its pump returned, NO_FAULT_FOUND 2026-12-02;</li>
 * <li>c5 on m5: a draft (not counted).</li>
 * </ul>
 * November is settled on 2026-12-02 and paid on 2026-12-03 (c1 and c2: 1,931.00).
 */
@QuarkusTest
class WarrantyFiguresTest {

    static final String FIGURES = "/api/v1/warranty/figures";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private void at(String instant, Runnable step) {
        time.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
        try {
            step.run();
        } finally {
            time.reset();
        }
    }

    private UUID submitted(WarrantyFixtures w, Map<String, Object> body, String instant, String status) {
        UUID claim = w.draft(body);
        String tag = etag(claim);
        at(instant, () -> w.stationManager().header("If-Match", tag).post(CLAIMS + "/" + claim + "/submit").then()
                .statusCode(200).body("status", equalTo(status)));
        return claim;
    }

    private void inspected(WarrantyFixtures w, UUID claim, int line, String instant, String finding) {
        at(instant, () -> {
            String id = analyst().body(Map.of("lineId", line(claim, line), "instruction", "RETURN", "dueOn", "2026-12-31"))
                    .post(CLAIMS + "/" + claim + "/part-returns").then().statusCode(201).extract().path("id");
            String base = CLAIMS + "/" + claim + "/part-returns/" + id;
            w.stationManager().body(Map.of("carrier", "顺丰速运", "trackingNumber", "SF-" + id)).post(base + "/shipment")
                    .then().statusCode(200);
            analyst().post(base + "/receipt").then().statusCode(200);
            analyst().body(Map.of("finding", finding)).post(base + "/inspection").then().statusCode(200);
        });
    }

    private WarrantyFixtures network() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID m1 = w.machine("2025-03-18", "2027-03-17", 5000);
        UUID m2 = w.machine("2025-03-01", "2027-03-17", 5000);
        w.machine("2025-03-31", "2027-03-17", 5000);
        UUID m4 = w.machine("2025-04-01", "2027-03-17", 5000);
        UUID m5 = w.machine("2025-04-30", "2027-03-17", 5000);
        UUID c1 = submitted(w, w.claim(w.completedVisit(m1, 1000), TestData.unique("WC")), "2026-11-21T02:00:00Z",
                "AUTO_APPROVED");
        Map<String, Object> injector = w.claim(w.completedVisit(m1, 1010), TestData.unique("WC"));
        injector.put("lines", List.of(Map.of("kind", "PART", "partNumber", "INJ-001", "quantity", "1", "unitPrice",
                "500.00", "causalPart", true)));
        UUID c2 = submitted(w, injector, "2026-11-22T02:00:00Z", "AUTO_APPROVED");
        Map<String, Object> sublet = w.claim(w.completedVisit(m2, 900), TestData.unique("WC"));
        sublet.put("lines", List.of(Map.of("kind", "OTHER", "costKind", "SUBLET", "amount", "2500.00")));
        UUID c3 = submitted(w, sublet, "2026-11-24T02:00:00Z", "IN_REVIEW");
        at("2026-11-25T02:00:00Z", () -> analyst().header("If-Match", etag(c3)).body(Map.of("lines", List.of(
                Map.of("lineId", line(c3, 0), "decision", "REJECTED", "reasonCode", "OTHER"))))
                .post(CLAIMS + "/" + c3 + "/decisions").then().statusCode(200).body("status", equalTo("REJECTED")));
        UUID c4 = submitted(w, w.claim(w.completedVisit(m4, 700), TestData.unique("WC")), "2026-12-01T02:00:00Z",
                "AUTO_APPROVED");
        w.draft(w.claim(w.completedVisit(m5, 100), TestData.unique("WC")));
        inspected(w, c1, 1, "2026-11-25T02:00:00Z", "CONFIRMED");
        inspected(w, c2, 0, "2026-11-26T02:00:00Z", "CONFIRMED");
        inspected(w, c4, 1, "2026-12-02T02:00:00Z", "NO_FAULT_FOUND");
        at("2026-12-02T03:00:00Z", () -> analyst().queryParam("month", "2026-11").post("/api/v1/warranty/settlements")
                .then().statusCode(200));
        String batch = admin().queryParam("month", "2026-11").queryParam("stationId", w.station.toString())
                .get("/api/v1/warranty/settlements").then().statusCode(200).extract().path("items[0].id");
        at("2026-12-03T02:00:00Z", () -> analyst().body(Map.of("paymentReference", "ICBC-" + batch))
                .post("/api/v1/warranty/settlements/" + batch + "/paid").then().statusCode(200));
        return w;
    }

    private static RequestSpecification months(RequestSpecification caller, WarrantyFixtures w, String from, String to) {
        return caller.queryParam("from", from).queryParam("to", to).queryParam("productSeries", w.series);
    }

    @Test
    void theFiguresOfASeriesEqualTheHandCountAndADealerSeesOnlyItsOwn() {
        WarrantyFixtures w = network();
        // claims repaired in November: c1-c4 = 4; claimed 1,431 + 500 + 2,500 + 1,431 = 5,862.00;
        // approved 1,431 + 500 + 1,431 = 3,362.00; paid (November's batch: c1, c2) 1,931.00
        for (RequestSpecification caller : List.of(analyst(), w.dealerSystem())) {
            months(caller, w, "2026-11", "2026-11").get(FIGURES + "/claims").then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].month", equalTo("2026-11"))
                    .body("items[0].claims", equalTo(4)).body("items[0].claimedTotal", equalTo(5862.0f))
                    .body("items[0].approvedTotal", equalTo(3362.0f)).body("items[0].paidTotal", equalTo(1931.0f))
                    .body("items[0].currency", equalTo("CNY"));
        }
        // delivered March 2025: 3 machines, failures c1, c2 (both m1) = 2 -> 666.67; April: 2 machines, c4 -> 500.00
        months(analyst(), w, "2025-03", "2025-05").get(FIGURES + "/failure-rates").then().statusCode(200)
                .body("items.deliveryMonth", contains("2025-03", "2025-04"))
                .body("items.machinesDelivered", contains(3, 2)).body("items.failures", contains(2, 1))
                .body("items.failedMachines", contains(1, 1)).body("items.failuresPer1000", contains(666.67f, 500.0f));
        // causal parts: WP-6K-001 on c1 and c4 (2 + 2), INJ-001 on c2
        months(w.dealerSystem(), w, "2026-11", "2026-11").get(FIGURES + "/top-parts").then().statusCode(200)
                .body("items.partNumber", contains("WP-6K-001", "INJ-001")).body("items.failures", contains(2, 1))
                .body("items.quantity", contains(4, 1));
        // inspected in November-December: CONFIRMED 2, NO_FAULT_FOUND 1
        months(analyst(), w, "2026-11", "2026-12").get(FIGURES + "/failure-causes").then().statusCode(200)
                .body("inspected", equalTo(3)).body("items.finding", contains("CONFIRMED", "NO_FAULT_FOUND"))
                .body("items.parts", contains(2, 1)).body("items.share", contains(66.67f, 33.33f))
                .body("items.cumulativeShare", contains(66.67f, 100.0f));
        // days from 2026-11-20 to the decision: c1 1, c2 2, c3 5, c4 11 -> 19 / 4 = 4.75; paid 2026-12-03: 13 (c1, c2)
        months(analyst(), w, "2026-11", "2026-11").get(FIGURES + "/lead-times").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].decided", equalTo(4))
                .body("items[0].meanDaysToDecision", equalTo(4.75f)).body("items[0].paid", equalTo(2))
                .body("items[0].meanDaysToPayment", equalTo(13.0f));

        WarrantyFixtures other = new WarrantyFixtures();
        months(other.dealerSystem(), w, "2026-11", "2026-11").get(FIGURES + "/claims").then().statusCode(200)
                .body("items", hasSize(0));
        months(other.dealerSystem(), w, "2025-03", "2025-04").get(FIGURES + "/failure-rates").then().statusCode(200)
                .body("items", hasSize(0));
        months(w.stationManager(), w, "2026-11", "2026-11").get(FIGURES + "/claims").then().statusCode(403);
    }

    @Test
    void aMonthWithNoDeliveriesHasNoRateAndBadMonthsAreNamed() {
        WarrantyFixtures w = new WarrantyFixtures();
        months(analyst(), w, "2025-03", "2025-03").get(FIGURES + "/failure-rates").then().statusCode(200)
                .body("items", hasSize(0));
        w.machine("2025-03-10", "2027-03-17", 5000);
        months(analyst(), w, "2025-03", "2025-03").get(FIGURES + "/failure-rates").then().statusCode(200)
                .body("items[0].machinesDelivered", equalTo(1)).body("items[0].failures", equalTo(0))
                .body("items[0].failuresPer1000", equalTo(0.0f));
        months(analyst(), w, "2025-13", "2026-01").get(FIGURES + "/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        months(analyst(), w, "2026-02", "2026-01").get(FIGURES + "/lead-times").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        Tokens.admin().get(FIGURES + "/top-parts").then().statusCode(400).body("errors[0].field", equalTo("from"));
        months(analyst(), w, "2026-01", "2026-01").queryParam("limit", 0).get(FIGURES + "/top-parts").then()
                .statusCode(400);
    }
}
