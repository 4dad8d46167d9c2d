package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.advance;
import static io.fieldback.complaint.ComplaintFixtures.complaint;
import static io.fieldback.complaint.ComplaintFixtures.etag;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.investigate;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.step;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static io.fieldback.complaint.ComplaintFixtures.toClosed;
import static io.fieldback.complaint.ComplaintFixtures.toRemedyDone;
import static io.fieldback.complaint.ComplaintFixtures.transition;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ComplaintWorkflowTest {

    @AfterEach
    void realTime() {
        time().reset();
    }

    @Test
    void everyForwardStepIsTakenAndRecordedWithWhoAndWhen() {
        UUID id = complaint();
        step(id, "CONTACTED", "INVESTIGATING");
        investigate(id, "IN_HOUSE");
        step(id, "REMEDY_PROPOSED", "CUSTOMER_CONFIRMED", "REMEDY_DONE");
        advance(Duration.ofDays(31));
        Instant beforeVerification = time().now();
        step(id, "VERIFIED", "CLOSED");
        handler().get(path(id)).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("history.to", contains("RECEIVED", "CONTACTED", "INVESTIGATING", "REMEDY_PROPOSED",
                        "CUSTOMER_CONFIRMED", "REMEDY_DONE", "VERIFIED", "CLOSED"))
                .body("history.from", contains(null, "RECEIVED", "CONTACTED", "INVESTIGATING", "REMEDY_PROPOSED",
                        "CUSTOMER_CONFIRMED", "REMEDY_DONE", "VERIFIED"))
                .body("history.by", everyItem(startsWith("test-handler-")))
                .body("history[2].note", equalTo("step to INVESTIGATING"))
                .body("closedAt", notNullValue())
                .body("allowedTransitions", contains("REOPENED"));
        List<String> at = handler().get(path(id)).path("history.at");
        assertThat(Instant.parse(at.get(7))).isAfterOrEqualTo(beforeVerification);
        assertThat(at).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));
    }

    @Test
    void eachStepAnswersWithTheNewETagAndAllowedTransitions() {
        UUID id = complaint();
        Response response = transition(id, "CONTACTED");
        response.then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1))
                .body("allowedTransitions", contains("INVESTIGATING"));
    }

    @Test
    void customerRejectingTheProposalReturnsItToInvestigation() {
        UUID id = complaint();
        step(id, "CONTACTED", "INVESTIGATING");
        investigate(id, "IN_HOUSE");
        step(id, "REMEDY_PROPOSED");
        handler().get(path(id)).then().body("allowedTransitions", contains("INVESTIGATING", "CUSTOMER_CONFIRMED"));
        step(id, "INVESTIGATING", "REMEDY_PROPOSED", "CUSTOMER_CONFIRMED");
    }

    @Test
    void aRemedyThatDidNotWorkReturnsToInvestigationAndClearsItsDate() {
        UUID id = complaint();
        toRemedyDone(id);
        handler().get(path(id)).then().body("remedyDoneAt", notNullValue())
                .body("allowedTransitions", contains("INVESTIGATING", "VERIFIED"));
        step(id, "INVESTIGATING");
        handler().get(path(id)).then().body("remedyDoneAt", nullValue());
    }

    @Test
    void aRecurrenceReopensTheClosedComplaintAndCountsIt() {
        UUID id = complaint();
        toClosed(id);
        handler().body(Map.of("to", "REOPENED", "note", "一个月后再次冒黑烟")).post(path(id) + "/transitions").then()
                .statusCode(200).body("status", equalTo("REOPENED")).body("recurrenceCount", equalTo(1))
                .body("closedAt", nullValue()).body("allowedTransitions", contains("INVESTIGATING"))
                .body("history[-1].note", equalTo("一个月后再次冒黑烟"));
        step(id, "INVESTIGATING", "REMEDY_PROPOSED", "CUSTOMER_CONFIRMED", "REMEDY_DONE");
        advance(Duration.ofDays(31));
        step(id, "VERIFIED", "CLOSED", "REOPENED");
        handler().get(path(id)).then().body("recurrenceCount", equalTo(2));
    }

    @Test
    void reopeningWithoutSayingWhatRecurredIsRejected() {
        UUID id = complaint();
        toClosed(id);
        assertInvalid(handler().body(Map.of("to", "REOPENED")).post(path(id) + "/transitions"), "note");
        handler().get(path(id)).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void staleIfMatchIsRejectedWith412AndACurrentOneAccepted() {
        UUID id = complaint();
        String stale = etag(id);
        step(id, "CONTACTED");
        assertProblem(handler().header("If-Match", stale).body(Map.of("to", "INVESTIGATING"))
                .post(path(id) + "/transitions"), 412);
        handler().header("If-Match", etag(id)).body(Map.of("to", "INVESTIGATING")).post(path(id) + "/transitions")
                .then().statusCode(200);
    }

    @Test
    void onlyHandlersAndAdminsTakeSteps() {
        UUID id = complaint();
        for (String role : new String[] { Roles.AGENT, Roles.ANALYST, Roles.DEALER, Roles.TECHNICIAN }) {
            assertProblem(Tokens.as(role).body(Map.of("to", "CONTACTED")).post(path(id) + "/transitions"), 403);
        }
        Tokens.admin().body(Map.of("to", "CONTACTED")).post(path(id) + "/transitions").then().statusCode(200);
    }

    @Test
    void unknownTargetAndUnknownComplaintAreRefused() {
        UUID id = complaint();
        assertInvalid(handler().body(Map.of("to", "SOLVED")).post(path(id) + "/transitions"), "to");
        assertInvalid(handler().body(Map.of("note", "x")).post(path(id) + "/transitions"), "to");
        assertProblem(transition(UUID.randomUUID(), "CONTACTED"), 404);
    }
}
