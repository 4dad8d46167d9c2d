package io.fieldback.warranty;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.warranty.PartReturnTest.line;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static io.fieldback.warranty.WarrantyFixtures.analyst;
import static io.fieldback.warranty.WarrantyFixtures.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Monthly settlement of November 2026 (warranty time zone Asia/Shanghai, UTC+8). Claims are filed with the
 * real clock and decided at fixed instants; every total is a hand count.
 */
@QuarkusTest
class SettlementTest {

    static final String SETTLEMENTS = "/api/v1/warranty/settlements";
    static final String NOVEMBER = "2026-11";

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

    /** A claim of {@link WarrantyFixtures#claim} (1,431.00, auto-approved) submitted at the instant given. */
    private UUID approvedAt(WarrantyFixtures w, String instant) {
        UUID claim = w.draft(w.claim(w.inWarrantyVisit(), TestData.unique("WC")));
        String tag = etag(claim);
        at(instant, () -> w.stationManager().header("If-Match", tag).post(CLAIMS + "/" + claim + "/submit").then()
                .statusCode(200).body("status", equalTo("AUTO_APPROVED")));
        return claim;
    }

    private static List<JsonPath> run(String month) {
        JsonPath batches = analyst().queryParam("month", month).post(SETTLEMENTS).then().statusCode(200).extract()
                .jsonPath();
        List<JsonPath> all = new ArrayList<>();
        for (int i = 0; i < batches.getList("").size(); i++) {
            all.add(new JsonPath(batches.prettify()).setRootPath("[" + i + "]"));
        }
        return all;
    }

    private static JsonPath batchOf(WarrantyFixtures w, String month) {
        JsonPath page = admin().queryParam("month", month).queryParam("stationId", w.station.toString())
                .get(SETTLEMENTS).then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(1);
        return admin().get(SETTLEMENTS + "/" + page.getString("items[0].id")).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aMonthIsSettledPerStationAsApprovedLessChargebacksByDecisionTimeInShanghai() {
        WarrantyFixtures a = new WarrantyFixtures();
        WarrantyFixtures b = new WarrantyFixtures();
        // Station A
        UUID a1 = approvedAt(a, "2026-11-21T02:00:00Z"); // 1,431.00, November
        at("2026-11-22T02:00:00Z", () -> analyst().body(Map.of("lineId", line(a1, 1), "instruction", "RETURN",
                "dueOn", "2026-11-27")).post(CLAIMS + "/" + a1 + "/part-returns").then().statusCode(201));
        // never shipped: charged back 861.00 on 2026-11-28 by the run's overdue check
        approvedAt(a, "2026-11-30T15:59:59Z"); // 23:59:59 on 30 November in Shanghai: 1,431.00, November
        approvedAt(a, "2026-11-30T16:00:00Z"); // 00:00 on 1 December in Shanghai: not November
        Map<String, Object> sublet = a.claim(a.inWarrantyVisit(), TestData.unique("WC"));
        sublet.put("lines", List.of(Map.of("kind", "OTHER", "costKind", "SUBLET", "amount", "2500.00")));
        UUID cut = a.draft(sublet);
        at("2026-11-24T02:00:00Z", () -> a.stationManager().header("If-Match", etag(cut))
                .post(CLAIMS + "/" + cut + "/submit").then().statusCode(200).body("status", equalTo("IN_REVIEW")));
        at("2026-11-25T02:00:00Z", () -> analyst().header("If-Match", etag(cut)).body(Map.of("lines", List.of(
                Map.of("lineId", line(cut, 0), "decision", "CUT", "approvedAmount", "1800.00", "reasonCode", "OTHER"))))
                .post(CLAIMS + "/" + cut + "/decisions").then().statusCode(200)
                .body("status", equalTo("PARTIALLY_APPROVED")));
        // Station B: one claim whose returned part was confirmed (no chargeback)
        UUID b1 = approvedAt(b, "2026-11-22T02:00:00Z");
        at("2026-11-23T02:00:00Z", () -> {
            String id = analyst().body(Map.of("lineId", line(b1, 1), "instruction", "RETURN", "dueOn", "2026-11-30"))
                    .post(CLAIMS + "/" + b1 + "/part-returns").then().statusCode(201).extract().path("id");
            String returns = CLAIMS + "/" + b1 + "/part-returns/" + id;
            b.stationManager().body(Map.of("carrier", "顺丰速运", "trackingNumber", "SF-B1")).post(returns + "/shipment")
                    .then().statusCode(200);
            analyst().post(returns + "/receipt").then().statusCode(200);
            analyst().body(Map.of("finding", "CONFIRMED")).post(returns + "/inspection").then().statusCode(200);
        });

        run(NOVEMBER);
        JsonPath batchA = batchOf(a, NOVEMBER);
        // hand count A: 1,431.00 + 1,431.00 + 1,800.00 (cut from 2,500.00) = 4,662.00; less 861.00 = 3,801.00
        assertThat(batchA.getString("approvedTotal")).isEqualTo("4662.0");
        assertThat(batchA.getString("chargebackTotal")).isEqualTo("861.0");
        assertThat(batchA.getString("netTotal")).isEqualTo("3801.0");
        assertThat(batchA.getList("lines.kind")).containsExactly("CHARGEBACK", "CLAIM", "CLAIM", "CLAIM");
        assertThat(batchA.getString("lines[0].reason")).isEqualTo("part not shipped by 2026-11-27");
        assertThat(batchA.getString("lines[0].amount")).isEqualTo("-861.0");
        assertThat(batchA.getString("status")).isEqualTo("OPEN");
        JsonPath batchB = batchOf(b, NOVEMBER);
        assertThat(batchB.getString("netTotal")).isEqualTo("1431.0"); // hand count B: 1,431.00, nothing charged
        assertThat(batchB.getList("lines")).hasSize(1);

        // running the month again adds nothing
        run(NOVEMBER);
        JsonPath again = batchOf(a, NOVEMBER);
        assertThat(again.getString("id")).isEqualTo(batchA.getString("id"));
        assertThat(again.getLong("version")).isEqualTo(batchA.getLong("version"));
        assertThat(again.getList("lines")).hasSize(4);

        // a station and a dealer see only their own batches
        String idA = batchA.getString("id");
        b.stationManager().get(SETTLEMENTS + "/" + idA).then().statusCode(404);
        Tokens.dealer(b.dealer).get(SETTLEMENTS + "/" + idA + "/csv").then().statusCode(404);
        List<String> seenByB = b.stationManager().queryParam("month", NOVEMBER).get(SETTLEMENTS).then().statusCode(200)
                .extract().path("items.id");
        assertThat(seenByB).containsExactly(batchB.getString("id"));
        a.dealerSystem().get(SETTLEMENTS + "/" + idA).then().statusCode(200);

        // the CSV for A's accountants: BOM, one row per line, then the totals
        byte[] csv = a.stationManager().get(SETTLEMENTS + "/" + idA + "/csv").then().statusCode(200).extract().asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(1 + 4 + 3);
        assertThat(text).contains("2026-11,CHARGEBACK,").contains("-861.00,CNY,part not shipped by 2026-11-27")
                .contains("2026-11,NET_TOTAL,,3801.00,CNY,");

        // paid: locked; paying again, or a new November fact and a re-run, never changes it
        a.stationManager().body(Map.of("paymentReference", "X")).post(SETTLEMENTS + "/" + idA + "/paid").then()
                .statusCode(403);
        analyst().body(Map.of("paymentReference", "ICBC-2026-12-0042")).post(SETTLEMENTS + "/" + idA + "/paid").then()
                .statusCode(200).body("status", equalTo("PAID")).body("paymentReference", equalTo("ICBC-2026-12-0042"));
        analyst().body(Map.of("paymentReference", "AGAIN")).post(SETTLEMENTS + "/" + idA + "/paid").then()
                .statusCode(409).body("errors[0].field", equalTo("status"));
        approvedAt(a, "2026-11-29T02:00:00Z");
        run(NOVEMBER);
        JsonPath paid = batchOf(a, NOVEMBER);
        assertThat(paid.getString("netTotal")).isEqualTo("3801.0");
        assertThat(paid.getList("lines")).hasSize(4);
        assertThat(paid.getString("paymentReference")).isEqualTo("ICBC-2026-12-0042");
    }

    /**
     * Which month a line goes to when facts arrive after a month was settled: a claim decided (cut) after
     * November's run, and a chargeback on a claim already paid out in November, both go to December's batch;
     * November's batch never changes again. The run answers each batch with its line count, not its lines.
     */
    @Test
    void factsAfterAMonthIsSettledGoToTheNextMonth() {
        WarrantyFixtures d = new WarrantyFixtures();
        UUID d1 = approvedAt(d, "2026-11-21T02:00:00Z"); // 1,431.00, November
        at("2026-11-22T02:00:00Z", () -> analyst().body(Map.of("lineId", line(d1, 1), "instruction", "RETURN",
                "dueOn", "2026-12-03")).post(CLAIMS + "/" + d1 + "/part-returns").then().statusCode(201));
        Map<String, Object> sublet = d.claim(d.inWarrantyVisit(), TestData.unique("WC"));
        sublet.put("lines", List.of(Map.of("kind", "OTHER", "costKind", "SUBLET", "amount", "2500.00")));
        UUID d2 = d.draft(sublet);
        at("2026-11-24T02:00:00Z", () -> d.stationManager().header("If-Match", etag(d2))
                .post(CLAIMS + "/" + d2 + "/submit").then().statusCode(200).body("status", equalTo("IN_REVIEW")));

        at("2026-12-01T01:00:00Z", () -> run(NOVEMBER)); // 09:00 on 1 December in Shanghai
        JsonPath november = batchOf(d, NOVEMBER);
        assertThat(november.getList("lines.claimId")).containsExactly(d1.toString());
        assertThat(november.getString("netTotal")).isEqualTo("1431.0");

        // decided after November was settled: cut to 1,800.00 in December
        at("2026-12-01T02:00:00Z", () -> analyst().header("If-Match", etag(d2)).body(Map.of("lines", List.of(
                Map.of("lineId", line(d2, 0), "decision", "CUT", "approvedAmount", "1800.00", "reasonCode", "OTHER"))))
                .post(CLAIMS + "/" + d2 + "/decisions").then().statusCode(200)
                .body("status", equalTo("PARTIALLY_APPROVED")));
        at("2026-12-02T01:00:00Z", () -> run(NOVEMBER));
        assertThat(batchOf(d, NOVEMBER).getLong("version")).isEqualTo(november.getLong("version"));

        // the pump of d1 (861.00) never shipped by 3 December: charged back on 4 December
        List<JsonPath> december = new ArrayList<>();
        at("2027-01-02T01:00:00Z", () -> december.addAll(run("2026-12")));
        JsonPath answered = december.stream().filter(b -> d.station.toString().equals(b.getString("stationId")))
                .findFirst().orElseThrow();
        assertThat(answered.getLong("lineCount")).isEqualTo(2);
        assertThat(answered.getString("lines")).isNull();
        JsonPath batch = batchOf(d, "2026-12");
        // hand count December: 1,800.00 approved (d2, cut), 861.00 charged back (d1's pump): net 939.00
        assertThat(batch.getList("lines.kind")).containsExactly("CHARGEBACK", "CLAIM");
        assertThat(batch.getList("lines.claimNumber")).containsExactly(november.getString("lines[0].claimNumber"),
                claimNumber(d2));
        assertThat(batch.getString("approvedTotal")).isEqualTo("1800.0");
        assertThat(batch.getString("chargebackTotal")).isEqualTo("861.0");
        assertThat(batch.getString("netTotal")).isEqualTo("939.0");
        assertThat(answered.getString("netTotal")).isEqualTo("939.0");
        assertThat(batchOf(d, NOVEMBER).getList("lines")).hasSize(1);
    }

    private static String claimNumber(UUID claim) {
        return admin().get(CLAIMS + "/" + claim).then().statusCode(200).extract().path("claimNumber");
    }

    @Test
    void twoRunsAtOnceSettleEachClaimOnce() throws Exception {
        WarrantyFixtures c = new WarrantyFixtures();
        approvedAt(c, "2026-11-26T02:00:00Z");
        approvedAt(c, "2026-11-27T02:00:00Z");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return analyst().queryParam("month", NOVEMBER).post(SETTLEMENTS).statusCode();
            }));
        }
        start.countDown();
        for (CompletableFuture<Integer> r : runs) {
            assertThat(r.get()).isEqualTo(200);
        }
        JsonPath batch = batchOf(c, NOVEMBER);
        assertThat(batch.getList("lines")).hasSize(2);
        assertThat(batch.getString("netTotal")).isEqualTo("2862.0"); // hand count: 2 x 1,431.00
    }

    @Test
    void onlyAMonthThatIsOverCanBeSettled() {
        String current = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        analyst().queryParam("month", current).post(SETTLEMENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        analyst().queryParam("month", "2026-13").post(SETTLEMENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        analyst().post(SETTLEMENTS).then().statusCode(400).body("errors[0].field", equalTo("month"));
        analyst().queryParam("month", "0000-01").post(SETTLEMENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        new WarrantyFixtures().stationManager().queryParam("month", NOVEMBER).post(SETTLEMENTS).then().statusCode(403);
        admin().get(SETTLEMENTS + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
