package io.fieldback.warranty;

import static io.fieldback.warranty.PartReturnTest.line;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static io.fieldback.warranty.WarrantyFixtures.analyst;
import static io.fieldback.warranty.WarrantyFixtures.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** A dealer's system follows its claims' money on the change feed: decision, part return, chargeback, settlement. */
@QuarkusTest
class WarrantyDealerFeedTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    TimeSource time;

    @Inject
    WarrantyJobs jobs;

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

    /** Every warranty change of the dealer from the start of its feed, page by page (3 a page). */
    private static List<JsonPath> warrantyChanges(WarrantyFixtures w) {
        List<JsonPath> changes = new ArrayList<>();
        String after = "0";
        while (true) {
            JsonPath page = w.dealerSystem().queryParam("after", after).queryParam("limit", 3)
                    .get("/api/v1/dealer/changes").then().statusCode(200).extract().jsonPath();
            for (int i = 0; i < page.getList("items").size(); i++) {
                if (page.getString("items[" + i + "].topic").startsWith("warranty.")) {
                    changes.add(new JsonPath(page.prettify()).setRootPath("items[" + i + "]"));
                }
            }
            after = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return changes;
            }
        }
    }

    @Test
    void decisionPartReturnChargebackAndSettlementAppearOnceAndInOrder() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID claim = w.draft(w.claim(w.inWarrantyVisit(), TestData.unique("WC")));
        String tag = etag(claim);
        at("2026-11-10T02:00:00Z", () -> w.stationManager().header("If-Match", tag)
                .post(CLAIMS + "/" + claim + "/submit").then().statusCode(200).body("status", equalTo("AUTO_APPROVED")));
        at("2026-11-11T02:00:00Z", () -> analyst().body(Map.of("lineId", line(claim, 1), "instruction", "RETURN",
                "dueOn", "2026-11-20")).post(CLAIMS + "/" + claim + "/part-returns").then().statusCode(201));
        at("2026-11-21T02:00:00Z", () -> jobs.chargeOverdueParts());
        at("2026-11-22T02:00:00Z", () -> jobs.chargeOverdueParts());
        at("2026-12-02T03:00:00Z", () -> jobs.settlePreviousMonth());
        at("2026-12-02T04:00:00Z", () -> jobs.settlePreviousMonth()); // nothing new: no second change
        String batch = analyst().queryParam("month", "2026-11").queryParam("stationId", w.station.toString())
                .get("/api/v1/warranty/settlements").then().statusCode(200).extract().path("items[0].id");
        at("2026-12-03T02:00:00Z", () -> analyst().body(Map.of("paymentReference", "ICBC-77"))
                .post("/api/v1/warranty/settlements/" + batch + "/paid").then().statusCode(200));

        List<JsonPath> changes = warrantyChanges(w);
        assertThat(changes.stream().map(c -> c.getString("topic"))).containsExactly(WarrantyClaimDecided.TOPIC,
                PartReturnInstructed.TOPIC, PartChargedBack.TOPIC, SettlementMade.TOPIC, SettlementPaid.TOPIC);
        assertThat(changes.get(0).getString("payload.status")).isEqualTo("AUTO_APPROVED");
        assertThat(changes.get(1).getString("payload.instruction")).isEqualTo("RETURN");
        assertThat(changes.get(2).getString("payload.amount")).isEqualTo("861.0");
        assertThat(changes.get(3).getString("payload.netTotal")).isEqualTo("570.0"); // 1,431.00 - 861.00
        assertThat(changes.get(4).getString("payload.paymentReference")).isEqualTo("ICBC-77");
        assertThat(changes.get(4).getString("aggregateId")).isEqualTo(batch);
        assertThat(warrantyChanges(w).stream().map(c -> c.getString("cursor")))
                .containsExactlyElementsOf(changes.stream().map(c -> c.getString("cursor")).toList());
    }
}
