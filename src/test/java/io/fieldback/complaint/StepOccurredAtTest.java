package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.at;
import static io.fieldback.complaint.ComplaintFixtures.body;
import static io.fieldback.complaint.ComplaintFixtures.create;
import static io.fieldback.complaint.ComplaintFixtures.customer;
import static io.fieldback.complaint.ComplaintFixtures.department;
import static io.fieldback.complaint.ComplaintFixtures.etag;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.investigation;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.step;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Steps and investigations entered after they happened, with the time they happened (occurredAt). */
@QuarkusTest
class StepOccurredAtTest {

    private static final Instant T0 = Instant.parse("2016-03-07T01:00:00Z");

    @Inject
    ComplaintJobs job;

    @AfterEach
    void realTime() {
        time().reset();
    }

    private static UUID complaintAt(Instant receivedAt) {
        at(receivedAt);
        Map<String, Object> body = body(customer());
        body.put("severity", "NORMAL");
        return create(body);
    }

    private static Response stepAt(UUID id, String to, Instant occurredAt) {
        return handler().body(Map.of("to", to, "note", "已电话联系", "occurredAt", occurredAt.toString()))
                .post(path(id) + "/transitions");
    }

    @Test
    void aCallMadeAtElevenHoursAndEnteredAtThirteenMeetsTheFirstContactClockEvenAfterTheJobMarkedTheBreach() {
        UUID id = complaintAt(T0);
        at(T0.plus(Duration.ofHours(13)));
        job.escalateBreaches();
        stepAt(id, "CONTACTED", T0.plus(Duration.ofHours(11))).then().statusCode(200)
                .body("clocks[0].clock", equalTo("FIRST_CONTACT"))
                .body("clocks[0].status", equalTo("MET"))
                .body("clocks[0].stoppedAt", equalTo("2016-03-07T12:00:00Z"))
                .body("clocks[0].escalatedAt", nullValue())
                // the escalation the job sent before the step was entered stays in the history
                .body("escalations.findAll { it.clock == 'FIRST_CONTACT' }.size()", equalTo(1))
                .body("history[1].at", equalTo("2016-03-07T12:00:00Z"))
                .body("history[1].enteredAt", equalTo("2016-03-07T14:00:00Z"))
                .body("history[1].by", startsWith("test-handler-"));
    }

    @Test
    void anInvestigationEnteredLateStopsTheReportClockWhenItWasMade() {
        UUID id = complaintAt(T0);
        step(id, "CONTACTED", "INVESTIGATING");
        at(T0.plus(Duration.ofDays(4)));
        Map<String, Object> report = investigation(department(), "IN_HOUSE");
        report.put("occurredAt", T0.plus(Duration.ofDays(2)).toString());
        handler().header("If-Match", etag(id)).body(report).put(path(id) + "/investigation").then().statusCode(200)
                .body("clocks[2].clock", equalTo("CORRECTIVE_REPORT"))
                .body("clocks[2].status", equalTo("MET"))
                .body("clocks[2].stoppedAt", equalTo("2016-03-09T01:00:00Z"))
                .body("investigation.recordedAt", equalTo("2016-03-09T01:00:00Z"))
                .body("investigation.enteredAt", equalTo("2016-03-11T01:00:00Z"));
    }

    @Test
    void aStepMayNotHappenBeforeReceiptOrTheStepBeforeOrInTheFuture() {
        UUID id = complaintAt(T0);
        at(T0.plus(Duration.ofHours(5)));
        assertInvalid(stepAt(id, "CONTACTED", T0.minusSeconds(1)), "occurredAt");
        assertInvalid(stepAt(id, "CONTACTED", T0.plus(Duration.ofHours(6))), "occurredAt");
        stepAt(id, "CONTACTED", T0.plus(Duration.ofHours(2))).then().statusCode(200);
        assertInvalid(stepAt(id, "INVESTIGATING", T0.plus(Duration.ofHours(1))), "occurredAt");
        // a clock running a little fast is taken as now
        stepAt(id, "INVESTIGATING", T0.plus(Duration.ofHours(5)).plusSeconds(60)).then().statusCode(200)
                .body("history[2].at", equalTo("2016-03-07T06:00:00Z"));
        Map<String, Object> early = investigation(department(), "IN_HOUSE");
        early.put("occurredAt", T0.minus(Duration.ofDays(1)).toString());
        assertInvalid(handler().header("If-Match", etag(id)).body(early).put(path(id) + "/investigation"),
                "occurredAt");
    }
}
