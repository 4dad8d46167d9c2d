package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.callOfVisit;
import static io.fieldback.followup.FollowUpFixtures.callsOfVisit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.followup.FollowUpFixtures.Callable;
import io.fieldback.support.StatementBudget;
import io.fieldback.support.StatementCounter;
import io.fieldback.visit.VisitCompleted;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The scheduler reads a claimed batch of completed visits at once (issue 21): what the calls are decided on is read
 * once for the batch, and every rule still comes out as it did one visit at a time, with the facts as they are
 * when the batch is read.
 */
@QuarkusTest
class FollowUpBatchReadingTest {

    @Inject
    FollowUpScheduler scheduler;

    @Inject
    ManagedEntitiesProbe managed;

    private FollowUpFixtures f;
    private final Instant completed = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void freshStation() {
        f = new FollowUpFixtures();
        scheduler.runOnce(); // other tests' visits: the batches below hold this test's only
    }

    @Test
    void aBatchMixingVisitsThatGetACallAndVisitsThatDoNot() {
        Callable one = FollowUpFixtures.callable("END_USER");
        Callable other = FollowUpFixtures.callable("OEM");
        UUID handledBefore = f.completedVisit(other.customerId(), other.equipmentId(), completed.minusSeconds(7200));
        scheduler.runOnce();
        OutboxReplays.redeliver(VisitCompleted.TOPIC, handledBefore);

        UUID first = f.completedVisit(one.customerId(), one.equipmentId(), completed);
        // the same customer an hour later: the batch's own first call makes this one "called recently"
        UUID second = f.completedVisit(one.customerId(), one.equipmentId(), completed.plusSeconds(3600));
        Callable third = FollowUpFixtures.callable("END_USER");
        UUID another = f.completedVisit(third.customerId(), third.equipmentId(), completed);

        assertThat(scheduler.runOnce()).isEqualTo(3);
        assertThat(callsOfVisit(handledBefore)).hasSize(1);
        assertThat(callOfVisit(first).getString("status")).isEqualTo("OPEN");
        JsonPath recent = callOfVisit(second);
        assertThat(recent.getString("status")).isEqualTo("NOT_ELIGIBLE");
        assertThat(recent.getString("ineligibleReason")).isEqualTo("CALLED_RECENTLY");
        assertThat(callOfVisit(another).getString("status")).isEqualTo("OPEN");
        assertThat(callOfVisit(another).getString("contact.id")).isEqualTo(third.contactId().toString());
    }

    @Test
    void factsThatChangedAfterTheVisitCompletedDecideTheCall() {
        Callable optsOut = FollowUpFixtures.callable("END_USER");
        Callable losesContact = FollowUpFixtures.callable("END_USER");
        Callable unchanged = FollowUpFixtures.callable("END_USER");
        UUID a = f.completedVisit(optsOut.customerId(), optsOut.equipmentId(), completed);
        UUID b = f.completedVisit(losesContact.customerId(), losesContact.equipmentId(), completed);
        UUID c = f.completedVisit(unchanged.customerId(), unchanged.equipmentId(), completed);
        FactChanges.doNotCall(optsOut.customerId());
        FactChanges.removeContact(losesContact.customerId(), losesContact.contactId());

        scheduler.runOnce();
        assertThat(callOfVisit(a).getString("ineligibleReason")).isEqualTo("DO_NOT_CALL");
        assertThat(callOfVisit(b).getString("ineligibleReason")).isEqualTo("NO_CONTACT");
        assertThat(callOfVisit(c).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aBatchOfFiftyVisitsReadsItsFactsInAFewStatements() {
        List<UUID> visits = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Callable c = FollowUpFixtures.callable("END_USER");
            visits.add(f.completedVisit(c.customerId(), c.equipmentId(), completed));
        }
        int[] counted = StatementCounter.statementsAndSelectsOf(() -> scheduler.runOnce());
        visits.forEach(v -> assertThat(callOfVisit(v).getString("status")).isEqualTo("OPEN"));
        // claim, customers, contacts, machines, the visits' calls, recent calls, the next (empty) claim; the 50
        // calls: one multi-row INSERT (11 statements, 7 SELECTs, as when they were one JDBC batch of entities)
        StatementBudget.within("follow-up: SELECTs for 50 visit.completed", counted[1], 7);
        StatementBudget.within("follow-up: statements for 50 visit.completed", counted[0], 12);
    }

    @Test
    void aBatchLeavesNothingOfItsOwnForTheFlushesToDirtyCheck() {
        List<UUID> visits = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Callable c = FollowUpFixtures.callable("END_USER");
            visits.add(f.completedVisit(c.customerId(), c.equipmentId(), completed));
        }
        assertThat(scheduler.runOnce()).isEqualTo(50);
        visits.forEach(v -> assertThat(callOfVisit(v).getString("status")).isEqualTo("OPEN"));
        System.out.println("follow-up: entities managed when a batch of 50 marks its days: " + managed.lastSeen().size()
                + " " + managed.lastSeenPerClass());
        // the calls are written as rows and the customers, contacts and machines read as views: only the outbox's
        // own claimed events remain, so the flush before the day marks and the commit's have nothing else to check
        assertThat(managed.lastSeen()).noneMatch(n -> n.startsWith("io.fieldback.followup.")
                || n.startsWith("io.fieldback.customer."));
    }
}
