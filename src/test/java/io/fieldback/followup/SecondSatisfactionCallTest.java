package io.fieldback.followup;

import static io.fieldback.complaint.ComplaintFixtures.body;
import static io.fieldback.complaint.ComplaintFixtures.create;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.step;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static io.fieldback.complaint.ComplaintFixtures.toClosed;
import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.followup.FollowUpFixtures.attempts;
import static io.fieldback.followup.FollowUpFixtures.completed;
import static io.fieldback.followup.FollowUpFixtures.topAnswers;
import static io.fieldback.followup.FollowUpFixtures.topAnswersWith;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.complaint.ComplaintFixtures;
import io.fieldback.complaint.ComplaintWorkflow;
import io.fieldback.followup.FollowUpFixtures.Callable;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A closed complaint gets exactly one second-satisfaction call per closure ({@code complaint.closed}),
 * and the answers of that call are recorded on the complaint.
 */
@QuarkusTest
class SecondSatisfactionCallTest {

    private static final String TOPIC = ComplaintWorkflow.CLOSED_TOPIC;

    @Inject
    SecondSatisfactionScheduler scheduler;

    @AfterEach
    void realTime() {
        time().reset();
    }

    /** A closed complaint of a customer who can be called. */
    private static UUID closedComplaint(Callable c) {
        UUID complaint = create(body(c.customerId()));
        toClosed(complaint);
        return complaint;
    }

    private static List<Map<String, Object>> callsOf(UUID complaintId) {
        return admin().queryParam("complaintId", complaintId.toString()).get(FOLLOWUPS).then().statusCode(200)
                .extract().path("items");
    }

    private static JsonPath onlyCallOf(UUID complaintId) {
        List<Map<String, Object>> calls = callsOf(complaintId);
        assertThat(calls).as("calls of complaint %s", complaintId).hasSize(1);
        return FollowUpFixtures.call(UUID.fromString((String) calls.get(0).get("id")));
    }

    private static JsonPath complaint(UUID id) {
        return handler().get(path(id)).then().statusCode(200).extract().jsonPath();
    }

    private static void answer(JsonPath call, List<Map<String, Object>> answers) {
        FollowUpFixtures.anyAgent().body(completed(240, answers)).post(attempts(UUID.fromString(call.getString("id"))))
                .then().statusCode(201);
    }

    @Test
    void aClosedComplaintGetsASecondSatisfactionCallDueAtOnce() {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID complaint = closedComplaint(c);
        scheduler.runOnce();

        JsonPath call = onlyCallOf(complaint);
        assertThat(call.getString("source")).isEqualTo("SECOND_SATISFACTION");
        assertThat(call.getString("status")).isEqualTo("OPEN");
        assertThat(call.getString("complaintId")).isEqualTo(complaint.toString());
        assertThat(call.getString("customerId")).isEqualTo(c.customerId().toString());
        assertThat(call.getString("contact.id")).isEqualTo(c.contactId().toString());
        assertThat(Instant.parse(call.getString("dueAt"))).isEqualTo(Instant.parse(complaint(complaint)
                .getString("closedAt")));
        assertThat(complaint(complaint).getString("secondSatisfaction.state")).isEqualTo("PENDING");
    }

    @Test
    void aCustomerOnDoNotCallGetsACallThatIsNotEligible() {
        UUID customer = FollowUpFixtures.customer("END_USER", true);
        FollowUpFixtures.contact(customer, FollowUpFixtures.mobile(), null, null, true);
        UUID complaint = create(body(customer));
        toClosed(complaint);
        scheduler.runOnce();
        JsonPath call = onlyCallOf(complaint);
        assertThat(call.getString("status")).isEqualTo("NOT_ELIGIBLE");
        assertThat(call.getString("ineligibleReason")).isEqualTo("DO_NOT_CALL");
    }

    @Test
    void runningTheJobAgainOrReplayingTheEventSchedulesNoSecondCall() {
        UUID complaint = closedComplaint(FollowUpFixtures.callable("OEM"));
        scheduler.runOnce();
        scheduler.runOnce();
        OutboxReplays.redeliver(TOPIC, complaint);
        scheduler.runOnce();
        // and the same closure delivered twice
        OutboxReplays.duplicate(OutboxReplays.events(TOPIC, complaint).get(0));
        scheduler.runOnce();
        assertThat(callsOf(complaint)).hasSize(1);
        assertThat(OutboxReplays.events(TOPIC, complaint)).hasSize(2).allMatch(e -> e.handledAt != null);
    }

    @Test
    void concurrentJobRunsScheduleExactlyOneCallPerClosure() throws Exception {
        List<UUID> complaints = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            complaints.add(closedComplaint(FollowUpFixtures.callable("DEALER")));
        }
        time().reset();
        OutboxReplays.concurrently(4, scheduler::runOnce);
        scheduler.runOnce();
        for (UUID complaint : complaints) {
            assertThat(callsOf(complaint)).as("calls of complaint %s", complaint).hasSize(1);
        }
    }

    @Test
    void satisfiedAnswersAreRecordedOnTheComplaint() {
        UUID complaint = closedComplaint(FollowUpFixtures.callable("END_USER"));
        scheduler.runOnce();
        JsonPath call = onlyCallOf(complaint);
        answer(call, topAnswers());

        JsonPath second = complaint(complaint);
        assertThat(second.getString("secondSatisfaction.state")).isEqualTo("RECORDED");
        assertThat(second.getBoolean("secondSatisfaction.satisfied")).isTrue();
        assertThat(second.getString("secondSatisfaction.callId")).isEqualTo(call.getString("id"));
        assertThat(second.getString("secondSatisfaction.recordedBy")).startsWith("agent-");
    }

    @Test
    void aProblemRaisedOnTheSecondCallRecordsNotSatisfied() {
        UUID complaint = closedComplaint(FollowUpFixtures.callable("END_USER"));
        scheduler.runOnce();
        JsonPath call = onlyCallOf(complaint);
        answer(call, topAnswersWith("quality_satisfied", false));

        JsonPath second = complaint(complaint);
        assertThat(second.getBoolean("secondSatisfaction.satisfied")).isFalse();
        assertThat(second.getString("secondSatisfaction.note")).contains("您对产品质量是否满意");
        // the problem itself is escalated like any other call's (and so becomes a new complaint)
        assertThat(FollowUpFixtures.call(UUID.fromString(call.getString("id"))).getString("escalationId")).isNotNull();
    }

    @Test
    void eachClosureIsAskedAgainAndAnAnswerToAClosureThatNoLongerStandsIsNotRecorded() {
        UUID complaint = closedComplaint(FollowUpFixtures.callable("END_USER"));
        scheduler.runOnce();
        JsonPath first = onlyCallOf(complaint);

        handler().body(Map.of("to", "REOPENED", "note", "故障复发")).post(path(complaint) + "/transitions").then()
                .statusCode(200);
        answer(first, topAnswers());
        assertThat(complaint(complaint).getString("secondSatisfaction.state")).isEqualTo("PENDING");

        step(complaint, "INVESTIGATING");
        step(complaint, "REMEDY_PROPOSED", "CUSTOMER_CONFIRMED", "REMEDY_DONE");
        ComplaintFixtures.advance(Duration.ofDays(31));
        step(complaint, "VERIFIED", "CLOSED");
        scheduler.runOnce();
        assertThat(callsOf(complaint)).hasSize(2);
        JsonPath secondCall = FollowUpFixtures.call(UUID.fromString((String) callsOf(complaint).stream()
                .filter(c -> !c.get("id").equals(first.getString("id"))).findFirst().orElseThrow().get("id")));
        answer(secondCall, topAnswers());
        assertThat(complaint(complaint).getString("secondSatisfaction.callId")).isEqualTo(secondCall.getString("id"));
    }
}
