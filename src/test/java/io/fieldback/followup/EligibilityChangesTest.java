package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.followup.FollowUpFixtures.callOfVisit;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.followup.internal.FollowUpConfig;
import io.fieldback.complaint.ComplaintFixtures;
import io.fieldback.followup.FollowUpFixtures.Callable;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The facts behind a call that is still to be made change: each change is decided by the same rule as at
 * scheduling, at once, and a call that may no longer be made is closed as NOT_ELIGIBLE with its reason and
 * the time. Sampling is off here: calls go straight to the queue.
 */
@QuarkusTest
class EligibilityChangesTest {

    @Inject
    FollowUpScheduler scheduler;

    @Inject
    SecondSatisfactionScheduler secondSatisfaction;

    @Inject
    FollowUpConfig config;

    private FollowUpFixtures f;

    @BeforeEach
    void freshStation() {
        f = new FollowUpFixtures();
    }

    private UUID openCall(Callable c) {
        UUID visit = f.completedVisit(c.customerId(), c.equipmentId(), Instant.now().minusSeconds(600));
        scheduler.runOnce();
        JsonPath call = callOfVisit(visit);
        assertThat(call.getString("status")).isEqualTo("OPEN");
        return UUID.fromString(call.getString("id"));
    }

    private static void assertClosedAs(UUID call, String reason, Instant notBefore) {
        JsonPath now = FollowUpFixtures.call(call);
        assertThat(now.getString("status")).isEqualTo("NOT_ELIGIBLE");
        assertThat(now.getString("ineligibleReason")).isEqualTo(reason);
        assertThat(Instant.parse(now.getString("closedAt"))).isAfterOrEqualTo(notBefore.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void doNotCallSetAfterSchedulingClosesTheOpenCall() {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID call = openCall(c);
        Instant changed = Instant.now();
        FactChanges.doNotCall(c.customerId());
        assertClosedAs(call, "DO_NOT_CALL", changed);
    }

    @Test
    void aDeliveryDateMovedInsideTheMilestoneClosesTheCall() {
        Callable c = FollowUpFixtures.callable("DEALER");
        UUID call = openCall(c);
        LocalDate due = LocalDate.ofInstant(Instant.parse(FollowUpFixtures.call(call).getString("dueAt")),
                ZoneId.of("Asia/Shanghai"));
        Instant changed = Instant.now();
        FactChanges.deliveredOn(c.customerId(), c.equipmentId(), due.minusDays(10));
        assertClosedAs(call, "NOT_PAST_DELIVERY_MILESTONE", changed);
    }

    @Test
    void aRemovedContactHandsTheCallToTheNextContactAndTheLastOneClosesIt() {
        Callable c = FollowUpFixtures.callable("OEM");
        String otherPhone = FollowUpFixtures.mobile();
        UUID other = FollowUpFixtures.contact(c.customerId(), otherPhone, null, null, false);
        UUID call = openCall(c);
        assertThat(FollowUpFixtures.call(call).getString("contact.id")).isEqualTo(c.contactId().toString());

        FactChanges.removeContact(c.customerId(), c.contactId());
        JsonPath moved = FollowUpFixtures.call(call);
        assertThat(moved.getString("status")).isEqualTo("OPEN");
        assertThat(moved.getString("contact.id")).isEqualTo(other.toString());
        assertThat(moved.getString("contact.phone")).isEqualTo(otherPhone);

        Instant changed = Instant.now();
        FactChanges.removeContact(c.customerId(), other);
        assertClosedAs(call, "NO_CONTACT", changed);
    }

    @Test
    void aChangedRelationshipIsCopiedIntoTheCallsStillToBeMade() {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID call = openCall(c);
        FactChanges.customer(c.customerId(), Map.of("relationship", "OEM"));
        assertThat(FollowUpFixtures.call(call).getString("relationship")).isEqualTo("OEM");
    }

    @Test
    void aCallCompletedByHandClosesTheScheduledCallButNotTheOtherWayRound() {
        Callable c = FollowUpFixtures.callable("DEALER");
        UUID scheduled = openCall(c);
        Instant changed = Instant.now();
        FactChanges.calledByHand(c.customerId(), c.equipmentId(), Instant.now().minusSeconds(60));
        assertClosedAs(scheduled, "CALLED_RECENTLY", changed);

        // a call made by hand is the person's choice: a scheduled call completed first does not stop it
        Callable d = FollowUpFixtures.callable("DEALER");
        UUID other = openCall(d);
        UUID byHand = FollowUpFixtures.manualCall(d.customerId(), d.equipmentId(), Instant.now().minusSeconds(60));
        FollowUpFixtures.anyAgent().body(FollowUpFixtures.completed(240, FollowUpFixtures.topAnswers()))
                .post(FollowUpFixtures.attempts(other)).then().statusCode(201);
        assertThat(FollowUpFixtures.call(byHand).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aSecondSatisfactionCallIsClosedWhenTheCustomerGoesOnDoNotCall() {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID complaint = ComplaintFixtures.create(ComplaintFixtures.body(c.customerId()));
        try {
            ComplaintFixtures.toClosed(complaint);
        } finally {
            ComplaintFixtures.time().reset();
        }
        secondSatisfaction.runOnce();
        List<Map<String, Object>> calls = admin().queryParam("complaintId", complaint.toString()).get(FOLLOWUPS)
                .then().statusCode(200).extract().path("items");
        UUID call = UUID.fromString((String) calls.get(0).get("id"));
        assertThat(FollowUpFixtures.call(call).getString("status")).isEqualTo("OPEN");
        Instant changed = Instant.now();
        FactChanges.doNotCall(c.customerId());
        assertClosedAs(call, "DO_NOT_CALL", changed);
    }

    @Test
    void aClaimedCallWhoseCustomerGoesOnDoNotCallTakesNoAttemptAndIsNotHandedOutAgain() {
        String line = TestData.unique("PL");
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID unit = FollowUpFixtures.equipment(c.customerId(), line, FollowUpFixtures.LONG_AGO);
        UUID call = FollowUpFixtures.manualCall(c.customerId(), unit, Instant.now().minusSeconds(60));
        String agent = TestData.unique("agent");
        admin().body(Map.of("name", "张丽", "productLines", List.of(line))).put(FOLLOWUPS + "/agents/" + agent).then()
                .statusCode(201);
        FollowUpFixtures.agent(agent).post(FOLLOWUPS + "/next").then().statusCode(200).body("id",
                equalTo(call.toString()));

        Instant changed = Instant.now();
        FactChanges.doNotCall(c.customerId());
        FollowUpFixtures.agent(agent).body(FollowUpFixtures.attempt("NO_ANSWER", null))
                .post(FollowUpFixtures.attempts(call)).then().statusCode(409)
                .contentType("application/problem+json");
        assertClosedAs(call, "DO_NOT_CALL", changed);
        // the agent's retried request no longer gets the call it held
        var next = FollowUpFixtures.agent(agent).post(FOLLOWUPS + "/next");
        if (next.statusCode() == 200) {
            assertThat((String) next.path("id")).isNotEqualTo(call.toString());
        }
    }

    @Test
    void aSecondSatisfactionCallWhoseComplaintWasReopenedIsNotHandedOut() {
        String line = TestData.unique("PL");
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID unit = FollowUpFixtures.equipment(c.customerId(), line, FollowUpFixtures.LONG_AGO);
        Map<String, Object> body = ComplaintFixtures.body(c.customerId());
        body.put("equipmentId", unit.toString());
        UUID complaint = ComplaintFixtures.create(body);
        try {
            // the application's clock stays past the closure, so that the call is due
            ComplaintFixtures.toClosed(complaint);
            reopenedBeforeTheCall(complaint, line);
        } finally {
            ComplaintFixtures.time().reset();
        }
    }

    private void reopenedBeforeTheCall(UUID complaint, String line) {
        secondSatisfaction.runOnce();
        List<Map<String, Object>> calls = admin().queryParam("complaintId", complaint.toString()).get(FOLLOWUPS)
                .then().statusCode(200).extract().path("items");
        UUID call = UUID.fromString((String) calls.get(0).get("id"));
        assertThat(FollowUpFixtures.call(call).getString("productLine")).isEqualTo(line);

        // the fault recurs before the customer is asked: that closure no longer stands
        ComplaintFixtures.step(complaint, "REOPENED");
        String agent = TestData.unique("agent");
        admin().body(Map.of("name", "张丽", "productLines", List.of(line))).put(FOLLOWUPS + "/agents/" + agent).then()
                .statusCode(201);
        Instant handOut = ComplaintFixtures.time().now();
        var next = FollowUpFixtures.agent(agent).post(FOLLOWUPS + "/next");
        if (next.statusCode() == 200) {
            assertThat((String) next.path("id")).isNotEqualTo(call.toString());
        }
        assertClosedAs(call, "COMPLAINT_REOPENED", handOut);
    }
}
