package io.fieldback.warranty;

import static io.fieldback.support.Tokens.admin;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The scheduled work (monthly settlement, overdue-part sweep) called as the scheduler calls it, and what a
 * dealer's system sees of warranty on its change feed. November 2026, warranty time zone Asia/Shanghai.
 */
@QuarkusTest
class WarrantyJobsTest {

    static final String SETTLEMENTS = "/api/v1/warranty/settlements";

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

    /** A fixture claim (1,431.00, pump line 1 = 861.00) auto-approved at the instant given. */
    private UUID approvedAt(WarrantyFixtures w, String instant) {
        UUID claim = w.draft(w.claim(w.inWarrantyVisit(), TestData.unique("WC")));
        String tag = etag(claim);
        at(instant, () -> w.stationManager().header("If-Match", tag).post(CLAIMS + "/" + claim + "/submit").then()
                .statusCode(200).body("status", equalTo("AUTO_APPROVED")));
        return claim;
    }

    private static String returnDue(UUID claim, String dueOn) {
        return analyst().body(Map.of("lineId", line(claim, 1), "instruction", "RETURN", "dueOn", dueOn))
                .post(CLAIMS + "/" + claim + "/part-returns").then().statusCode(201).extract().path("id");
    }

    private static JsonPath partReturn(UUID claim, String id) {
        return admin().get(CLAIMS + "/" + claim + "/part-returns").then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.id == '" + id + "' }");
    }

    private static JsonPath batch(WarrantyFixtures w, String month) {
        String id = admin().queryParam("month", month).queryParam("stationId", w.station.toString()).get(SETTLEMENTS)
                .then().statusCode(200).extract().path("items[0].id");
        return admin().get(SETTLEMENTS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Two instances firing at the same moment. */
    private void twice(Runnable job) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                job.run();
            }));
        }
        start.countDown();
        runs.forEach(CompletableFuture::join);
    }

    @Test
    void theMonthlyJobSettlesThePreviousMonthOnceWhenTwoInstancesRunIt() {
        WarrantyFixtures w = new WarrantyFixtures();
        approvedAt(w, "2026-11-10T02:00:00Z");
        approvedAt(w, "2026-11-30T15:59:59Z"); // the last second of November in Shanghai
        approvedAt(w, "2026-11-30T16:00:00Z"); // December in Shanghai: not in November's batch
        at("2026-12-02T03:00:00Z", () -> twice(jobs::settlePreviousMonth));
        JsonPath november = batch(w, "2026-11");
        // hand count: 2 × 1,431.00
        assertThat(november.getList("lines")).hasSize(2);
        assertThat(november.getString("netTotal")).isEqualTo("2862.0");
        at("2026-12-02T04:00:00Z", () -> jobs.settlePreviousMonth());
        assertThat(batch(w, "2026-11").getLong("version")).isEqualTo(november.getLong("version"));
    }

    @Test
    void aPartNotShippedByItsDueDateIsChargedBackOnceOnTheNextSettlement() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID late = approvedAt(w, "2026-11-10T02:00:00Z");
        UUID onTime = approvedAt(w, "2026-11-10T03:00:00Z");
        String[] ids = new String[2];
        at("2026-11-11T02:00:00Z", () -> {
            ids[0] = returnDue(late, "2026-11-20");
            ids[1] = returnDue(onTime, "2026-11-20");
        });
        at("2026-11-20T02:00:00Z", () -> jobs.chargeOverdueParts()); // due today: not late yet
        assertThat(partReturn(late, ids[0]).getString("status")).isEqualTo("REQUESTED");
        // the station ships the second part on its due date: a fact that changes before the sweep
        at("2026-11-20T09:00:00Z", () -> w.stationManager().body(Map.of("carrier", "顺丰速运", "trackingNumber", "SF-9"))
                .post(CLAIMS + "/" + onTime + "/part-returns/" + ids[1] + "/shipment").then().statusCode(200));
        at("2026-11-21T02:00:00Z", () -> twice(jobs::chargeOverdueParts));
        at("2026-11-22T02:00:00Z", () -> jobs.chargeOverdueParts());
        JsonPath charged = partReturn(late, ids[0]);
        assertThat(charged.getString("finding")).isEqualTo("NOT_RECEIVED");
        assertThat(charged.getString("chargedOn")).isEqualTo("2026-11-21");
        assertThat(charged.getString("chargebackAmount")).isEqualTo("861.0");
        assertThat(partReturn(onTime, ids[1]).getString("status")).isEqualTo("SHIPPED");

        at("2026-12-02T03:00:00Z", () -> twice(jobs::settlePreviousMonth));
        at("2026-12-03T03:00:00Z", () -> jobs.settlePreviousMonth());
        JsonPath november = batch(w, "2026-11");
        // hand count: 2 × 1,431.00 less the late pump 861.00 = 2,001.00
        assertThat(november.getList("lines.kind")).containsExactly("CHARGEBACK", "CLAIM", "CLAIM");
        assertThat(november.getString("chargebackTotal")).isEqualTo("861.0");
        assertThat(november.getString("netTotal")).isEqualTo("2001.0");
    }
}
