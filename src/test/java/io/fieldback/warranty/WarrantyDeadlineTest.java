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
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.clock.Clocks;
import io.fieldback.common.TimeSource;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * A claim's deadlines on the shared clocks: submission within 30 days of the repair day (2026-11-20 in Shanghai:
 * due 2026-12-21T00:00+08:00 = 2026-12-20T16:00Z), a decision within 14 days of a submission to the manual queue.
 * Escalations are read where a dealer's system sees them: on its change feed.
 */
@QuarkusTest
class WarrantyDeadlineTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    TimeSource time;

    @Inject
    Clocks clocks;

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

    /** The escalation job as two instances run it at the same moment. */
    private void jobTwiceAt(String instant) {
        at(instant, () -> {
            List<CompletableFuture<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(clocks::escalateBreaches));
            }
            runs.forEach(CompletableFuture::join);
        });
    }

    /** A 2,500.00 sublet claim: over the auto-approval amount, so it waits in the manual queue once submitted. */
    private static Map<String, Object> queued(WarrantyFixtures w) {
        Map<String, Object> body = w.claim(w.inWarrantyVisit(), TestData.unique("WC"));
        body.put("lines", List.of(Map.of("kind", "OTHER", "costKind", "SUBLET", "amount", "2500.00")));
        return body;
    }

    private static JsonPath deadline(UUID claim, String kind) {
        return analyst().get(CLAIMS + "/" + claim).then().statusCode(200).extract().jsonPath()
                .setRootPath("deadlines.find { it.kind == '" + kind + "' }");
    }

    private static List<String> missed(WarrantyFixtures w, UUID claim) {
        List<String> kinds = new ArrayList<>();
        String after = "0";
        while (true) {
            JsonPath page = w.dealerSystem().queryParam("after", after).queryParam("limit", 500)
                    .get("/api/v1/dealer/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                if (WarrantyDeadlineMissed.TOPIC.equals(item.get("topic")) && claim.toString().equals(item.get("aggregateId"))) {
                    kinds.add((String) ((Map<?, ?>) item.get("payload")).get("deadline"));
                }
            }
            after = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return kinds;
            }
        }
    }

    private void submit(WarrantyFixtures w, UUID claim, String instant, String status) {
        at(instant, () -> w.stationManager().header("If-Match", etag(claim)).post(CLAIMS + "/" + claim + "/submit")
                .then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void aMissedSubmissionEscalatesOnceAndALateSubmissionStartsTheDecisionClock() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID claim = w.draft(queued(w));
        assertThat(deadline(claim, "SUBMISSION").getString("dueAt")).isEqualTo("2026-12-20T16:00:00Z");
        jobTwiceAt("2026-12-20T15:59:00Z"); // a minute before: still running
        assertThat(deadline(claim, "SUBMISSION").getString("status")).isEqualTo("RUNNING");
        jobTwiceAt("2026-12-20T16:01:00Z");
        jobTwiceAt("2026-12-21T02:00:00Z");
        assertThat(missed(w, claim)).containsExactly("SUBMISSION");
        // the fact changes after the breach: the claim is submitted late; the breach stands, nothing more escalates
        submit(w, claim, "2026-12-22T02:00:00Z", "IN_REVIEW");
        JsonPath submission = deadline(claim, "SUBMISSION");
        assertThat(submission.getString("status")).isEqualTo("MISSED");
        assertThat(submission.getString("stoppedAt")).isEqualTo("2026-12-22T02:00:00Z");
        JsonPath decision = deadline(claim, "DECISION");
        assertThat(decision.getString("status")).isEqualTo("RUNNING");
        assertThat(decision.getString("dueAt")).isEqualTo("2027-01-05T02:00:00Z");
        jobTwiceAt("2026-12-23T02:00:00Z");
        assertThat(missed(w, claim)).containsExactly("SUBMISSION");
    }

    @Test
    void aDecisionInTimeStopsTheClockAndNothingEscalates() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID claim = w.draft(queued(w));
        submit(w, claim, "2026-11-21T02:00:00Z", "IN_REVIEW");
        assertThat(deadline(claim, "SUBMISSION").getString("status")).isEqualTo("MET");
        at("2026-11-25T02:00:00Z", () -> analyst().header("If-Match", etag(claim)).body(Map.of("lines", List.of(
                Map.of("lineId", line(claim, 0), "decision", "APPROVED")))).post(CLAIMS + "/" + claim + "/decisions")
                .then().statusCode(200).body("status", equalTo("APPROVED")));
        jobTwiceAt("2026-12-30T02:00:00Z");
        assertThat(deadline(claim, "DECISION").getString("status")).isEqualTo("MET");
        assertThat(missed(w, claim)).isEmpty();
    }

    @Test
    void returnedForInfoStopsTheDecisionClockAndTheResubmissionIsOwedANewDecision() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID claim = w.draft(queued(w));
        submit(w, claim, "2026-11-21T02:00:00Z", "IN_REVIEW");
        at("2026-11-24T02:00:00Z", () -> analyst().header("If-Match", etag(claim)).body(Map.of("note", "请补充照片"))
                .post(CLAIMS + "/" + claim + "/return").then().statusCode(200));
        jobTwiceAt("2026-12-10T02:00:00Z"); // the station took its time: not the manufacturer's deadline
        assertThat(deadline(claim, "DECISION").getString("status")).isEqualTo("MET");
        assertThat(missed(w, claim)).isEmpty();
        submit(w, claim, "2026-12-11T02:00:00Z", "IN_REVIEW");
        assertThat(deadline(claim, "DECISION").getString("dueAt")).isEqualTo("2026-12-25T02:00:00Z");
        assertThat(deadline(claim, "DECISION").getString("status")).isEqualTo("RUNNING");
        jobTwiceAt("2026-12-26T02:00:00Z");
        jobTwiceAt("2026-12-27T02:00:00Z");
        assertThat(missed(w, claim)).containsExactly("DECISION");
        // the job marked it when it first found it late (its status reads RUNNING again on today's real clock)
        assertThat(deadline(claim, "DECISION").getString("breachedAt")).isEqualTo("2026-12-26T02:00:00Z");
    }
}
