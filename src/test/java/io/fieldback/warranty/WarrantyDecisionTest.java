package io.fieldback.warranty;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static io.fieldback.warranty.WarrantyFixtures.analyst;
import static io.fieldback.warranty.WarrantyFixtures.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Submission, auto-approval rules, analysts' decisions per line, return for information, races. */
@QuarkusTest
class WarrantyDecisionTest {

    private static JsonPath submit(WarrantyFixtures w, UUID claim) {
        return w.stationManager().header("If-Match", etag(claim)).post(CLAIMS + "/" + claim + "/submit").then()
                .statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> line(String lineId, String decision, String amount, String reason) {
        Map<String, Object> line = new java.util.HashMap<>(Map.of("lineId", lineId, "decision", decision));
        if (amount != null) {
            line.put("approvedAmount", amount);
        }
        if (reason != null) {
            line.put("reasonCode", reason);
        }
        return line;
    }

    @Test
    void aClaimWithinEveryRuleIsAutoApprovedAsClaimed() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID claim = w.draft(w.claim(w.inWarrantyVisit(), TestData.unique("WC"))); // 1,431.00 <= 2,000.00
        JsonPath submitted = submit(w, claim);
        assertThat(submitted.getString("status")).isEqualTo("AUTO_APPROVED");
        assertThat(submitted.getFloat("approvedTotal")).isEqualTo(1431.0f);
        assertThat(submitted.getList("lines.reasonCode")).containsOnly("AUTO_APPROVED");
        w.dealerSystem().get("/api/v1/dealer/changes").then().statusCode(200); // feed readable; event is sequenced async
    }

    @Test
    void hoursOverStandardGoToTheManualQueueAndAnAnalystCutsAndApprovesLineByLine() {
        WarrantyFixtures w = new WarrantyFixtures();
        Map<String, Object> body = w.claim(w.inWarrantyVisit(), TestData.unique("WC"));
        body.put("lines", List.of(Map.of("kind", "LABOUR", "operationCode", w.pumpOp, "hours", "3.00"),
                Map.of("kind", "PART", "partNumber", "WP-6K-001", "quantity", "1", "unitPrice", "860.00", "causalPart", true)));
        UUID claim = w.draft(body); // 3.00 h x 180.00 = 540.00 + 860.00 = 1,400.00
        JsonPath submitted = submit(w, claim);
        assertThat(submitted.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(submitted.getList("reviewReasons", String.class))
                .containsExactly("lines[0] claims 3.00 hours for " + w.pumpOp + " against 2.50 standard hours");
        analyst().queryParam("status", "IN_REVIEW").queryParam("stationId", w.station.toString()).get(CLAIMS).then()
                .statusCode(200).body("items.id", contains(claim.toString()));
        List<String> lines = submitted.getList("lines.id", String.class);
        analyst().header("If-Match", etag(claim)).body(Map.of("lines", List.of(
                line(lines.get(0), "CUT", "450.00", "LABOUR_OVER_STANDARD"))))
                .post(CLAIMS + "/" + claim + "/decisions").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        analyst().header("If-Match", etag(claim)).body(Map.of("lines", List.of(line(lines.get(1), "APPROVED", null, null))))
                .post(CLAIMS + "/" + claim + "/decisions").then().statusCode(200)
                .body("status", equalTo("PARTIALLY_APPROVED"))
                // hand count: 450.00 (2.50 standard h x 180.00) + 860.00 = 1,310.00 of 1,400.00 claimed
                .body("approvedTotal", equalTo(1310.0f)).body("claimedTotal", equalTo(1400.0f))
                .body("lines.decision", contains("CUT", "APPROVED"))
                .body("lines.reasonCode", contains("LABOUR_OVER_STANDARD", "WITHIN_POLICY"))
                .body("decidedBy", containsString("warranty-analyst"));
    }

    @Test
    void aDecisionNeedsItsReasonAndACutBelowTheClaim() {
        WarrantyFixtures w = new WarrantyFixtures();
        Map<String, Object> body = w.claim(w.completedVisit(w.machine("2027-03-17", 2000), 2100), TestData.unique("WC"));
        body.put("claimTypeCode", w.goodwill);
        UUID goodwill = w.draft(body);
        assertThat(submit(w, goodwill).getList("reviewReasons", String.class).get(0)).startsWith("paid outside warranty");
        String lineId = admin().get(CLAIMS + "/" + goodwill).then().extract().path("lines[0].id");
        analyst().header("If-Match", etag(goodwill)).body(Map.of("lines", List.of(line(lineId, "REJECTED", null, null))))
                .post(CLAIMS + "/" + goodwill + "/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].reasonCode"));
        analyst().header("If-Match", etag(goodwill)).body(Map.of("lines", List.of(line(lineId, "CUT", "450.00", "OTHER"))))
                .post(CLAIMS + "/" + goodwill + "/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].approvedAmount"));
        analyst().header("If-Match", etag(goodwill)).body(Map.of("lines", List.of(line(UUID.randomUUID().toString(),
                "APPROVED", null, null)))).post(CLAIMS + "/" + goodwill + "/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].lineId"));
        analyst().body(Map.of("lines", List.of(line(lineId, "APPROVED", null, null))))
                .post(CLAIMS + "/" + goodwill + "/decisions").then().statusCode(428);
        w.stationManager().header("If-Match", etag(goodwill)).body(Map.of("lines", List.of(line(lineId, "APPROVED", null,
                null)))).post(CLAIMS + "/" + goodwill + "/decisions").then().statusCode(403);
        admin().get(CLAIMS + "/" + goodwill).then().body("lines.decision", hasItem(nullValue()));
    }

    @Test
    void aSubmittedClaimsLinesCannotBeEditedUntilItIsReturnedForInformation() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID visit = w.inWarrantyVisit();
        String number = TestData.unique("WC");
        Map<String, Object> body = w.claim(visit, number);
        body.put("lines", List.of(Map.of("kind", "OTHER", "costKind", "SUBLET", "amount", "2500.00")));
        UUID claim = w.draft(body);
        assertThat(submit(w, claim).getString("status")).isEqualTo("IN_REVIEW"); // above the 2,000.00 limit
        w.stationManager().header("If-Match", etag(claim)).body(w.claim(visit, number)).put(CLAIMS + "/" + claim)
                .then().statusCode(409).body("errors[0].field", equalTo("lines"));
        analyst().header("If-Match", etag(claim)).body(Map.of("note", "请补充外协发票"))
                .post(CLAIMS + "/" + claim + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED_FOR_INFO")).body("returnedNote", equalTo("请补充外协发票"));
        w.stationManager().header("If-Match", etag(claim)).body(w.claim(visit, number)).put(CLAIMS + "/" + claim)
                .then().statusCode(200).body("claimedTotal", equalTo(1431.0f)).body("lines", hasSize(3));
        JsonPath resubmitted = submit(w, claim);
        assertThat(resubmitted.getString("status")).isEqualTo("AUTO_APPROVED");
        assertThat(resubmitted.getString("returnedNote")).isNull();
        analyst().header("If-Match", etag(claim)).body(Map.of("note", "x")).post(CLAIMS + "/" + claim + "/return")
                .then().statusCode(409).body("errors[0].field", equalTo("status"));
    }

    @Test
    void rejectingEveryLineRejectsTheClaimWithNothingApproved() {
        WarrantyFixtures w = new WarrantyFixtures();
        Map<String, Object> body = w.claim(w.inWarrantyVisit(), TestData.unique("WC"));
        body.put("lines", List.of(Map.of("kind", "LABOUR", "operationCode", w.gasketOp, "hours", "12.00")));
        UUID claim = w.draft(body); // 12.00 x 180.00 = 2,160.00: over the limit and over standard
        JsonPath submitted = submit(w, claim);
        assertThat(submitted.getList("reviewReasons")).hasSize(2);
        analyst().header("If-Match", etag(claim)).body(Map.of("lines", List.of(line(submitted.getString("lines[0].id"),
                "REJECTED", null, "NOT_CAUSAL")))).post(CLAIMS + "/" + claim + "/decisions").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("approvedTotal", equalTo(0.0f));
    }

    @Test
    void theSameSerialAndOperationWithinTheWindowIsFlaggedAsADuplicateNotPaid() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID machine = w.machine("2027-03-17", 5000);
        UUID first = w.draft(w.claim(w.completedVisit(machine, 1800), TestData.unique("WC")));
        assertThat(submit(w, first).getString("status")).isEqualTo("AUTO_APPROVED");
        UUID second = w.draft(w.claim(w.completedVisit(machine, 1810), TestData.unique("WC")));
        JsonPath submitted = submit(w, second);
        assertThat(submitted.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(submitted.getString("duplicateOf")).isEqualTo(first.toString());
    }

    @Test
    void twoAnalystsDecidingAtOnceOneWinsAndTheOtherGets412() throws Exception {
        WarrantyFixtures w = new WarrantyFixtures();
        Map<String, Object> body = w.claim(w.inWarrantyVisit(), TestData.unique("WC"));
        body.put("lines", List.of(Map.of("kind", "OTHER", "costKind", "SUBLET", "amount", "2500.00")));
        UUID claim = w.draft(body);
        String lineId = submit(w, claim).getString("lines[0].id");
        String tag = etag(claim);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (String decision : List.of("APPROVED", "REJECTED")) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return analyst().header("If-Match", tag).body(Map.of("lines", List.of(line(lineId, decision, null,
                        "REJECTED".equals(decision) ? "INSUFFICIENT_EVIDENCE" : null))))
                        .post(CLAIMS + "/" + claim + "/decisions").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> call : calls) {
            statuses.add(call.get());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        String status = admin().get(CLAIMS + "/" + claim).then().extract().path("status");
        assertThat(status).isIn("APPROVED", "REJECTED");
    }
}
