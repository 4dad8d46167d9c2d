package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.attempts;
import static io.fieldback.followup.FollowUpFixtures.completed;
import static io.fieldback.followup.FollowUpFixtures.topAnswersWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.followup.internal.EscalationService;
import io.fieldback.complaint.ComplaintFixtures;
import io.fieldback.complaint.ComplaintJobs;
import io.fieldback.followup.FollowUpFixtures.Callable;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A problem raised on a follow-up call (an escalation, {@code followup.escalated}) becomes exactly one
 * complaint on the FOLLOW_UP channel, however often, however concurrently and however many times the
 * event is delivered.
 */
@QuarkusTest
class EscalationIntakeTest {

    private static final String TOPIC = EscalationService.FOLLOWUP_ESCALATED;

    @Inject
    ComplaintJobs jobs;

    /** A completed call whose answers raise a problem; returns the call as answered. */
    private static JsonPath escalatedCall(String item, Object value) {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID call = FollowUpFixtures.manualCall(c.customerId(), c.equipmentId(), Instant.now());
        JsonPath answered = FollowUpFixtures.anyAgent().body(completed(240, topAnswersWith(item, value)))
                .post(attempts(call)).then().statusCode(201).extract().jsonPath();
        assertThat(answered.getString("escalationId")).isNotNull();
        return answered;
    }

    /** The complaints of a customer, as a handler lists them. */
    private static List<Map<String, Object>> complaintsOf(String customerId) {
        return ComplaintFixtures.handler().queryParam("customerId", customerId).get(ComplaintFixtures.COMPLAINTS)
                .then().statusCode(200).extract().path("items");
    }

    private static JsonPath onlyComplaintOf(String customerId) {
        List<Map<String, Object>> complaints = complaintsOf(customerId);
        assertThat(complaints).as("complaints of customer %s", customerId).hasSize(1);
        return ComplaintFixtures.handler().get(ComplaintFixtures.COMPLAINTS + "/" + complaints.get(0).get("id")).then()
                .statusCode(200).extract().jsonPath();
    }


    @Test
    void anEscalationBecomesAComplaintOnTheFollowUpChannel() {
        JsonPath call = escalatedCall("quality_satisfied", false);
        jobs.takeUpProblemsRaisedOnCalls();

        JsonPath complaint = onlyComplaintOf(call.getString("customerId"));
        assertThat(complaint.getString("channel")).isEqualTo("FOLLOW_UP");
        assertThat(complaint.getString("status")).isEqualTo("RECEIVED");
        assertThat(complaint.getString("category")).isEqualTo("PRODUCT_QUALITY");
        assertThat(complaint.getString("severity")).isEqualTo("NORMAL");
        assertThat(complaint.getString("equipmentId")).isEqualTo(call.getString("equipmentId"));
        assertThat(complaint.getString("description")).contains("您对产品质量是否满意");
        assertThat(complaint.getString("followUpEscalationId")).isEqualTo(call.getString("escalationId"));
        assertThat(complaint.getString("sourceReference")).isEqualTo("followup:" + call.getString("id"));
        assertThat(complaint.getString("createdBy")).isEqualTo("system");
        assertThat(complaint.getList("clocks")).hasSize(3);
        assertThat(OutboxReplays.events(TOPIC, UUID.fromString(call.getString("escalationId"))))
                .allMatch(e -> e.handledAt != null);
    }

    @Test
    void theLowestMarkMakesAnUrgentComplaint() {
        JsonPath call = escalatedCall("attitude_score", 1);
        jobs.takeUpProblemsRaisedOnCalls();
        JsonPath complaint = onlyComplaintOf(call.getString("customerId"));
        assertThat(complaint.getString("category")).isEqualTo("SERVICE_ATTITUDE");
        assertThat(complaint.getString("severity")).isEqualTo("URGENT");
    }

    @Test
    void runningTheJobAgainOpensNoSecondComplaint() {
        JsonPath call = escalatedCall("speed_satisfied", false);
        jobs.takeUpProblemsRaisedOnCalls();
        jobs.takeUpProblemsRaisedOnCalls();
        assertThat(complaintsOf(call.getString("customerId"))).hasSize(1);
    }

    @Test
    void aReplayedEventOpensNoSecondComplaint() {
        JsonPath call = escalatedCall("proactive_satisfied", false);
        UUID escalation = UUID.fromString(call.getString("escalationId"));
        jobs.takeUpProblemsRaisedOnCalls();
        OutboxReplays.redeliver(TOPIC, escalation);
        assertThat(jobs.takeUpProblemsRaisedOnCalls()).isZero();
        assertThat(complaintsOf(call.getString("customerId"))).hasSize(1);
        assertThat(OutboxReplays.events(TOPIC, escalation)).allMatch(e -> e.handledAt != null);
    }

    @Test
    void aDuplicateDeliveryOfTheSameEscalationOpensNoSecondComplaint() {
        JsonPath call = escalatedCall("quality_score", 2);
        UUID escalation = UUID.fromString(call.getString("escalationId"));
        // the same escalation delivered twice before anything consumed it
        OutboxReplays.duplicate(OutboxReplays.events(TOPIC, escalation).get(0));
        assertThat(jobs.takeUpProblemsRaisedOnCalls()).isPositive();
        assertThat(complaintsOf(call.getString("customerId"))).hasSize(1);
        assertThat(OutboxReplays.events(TOPIC, escalation)).hasSize(2).allMatch(e -> e.handledAt != null);
    }

    @Test
    void concurrentJobRunsOpenExactlyOneComplaintPerEscalation() throws Exception {
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            customers.add(escalatedCall("quality_satisfied", false).getString("customerId"));
        }
        OutboxReplays.concurrently(4, jobs::takeUpProblemsRaisedOnCalls);
        jobs.takeUpProblemsRaisedOnCalls();
        for (String customer : customers) {
            assertThat(complaintsOf(customer)).as("complaints of %s", customer).hasSize(1);
        }
    }
}
