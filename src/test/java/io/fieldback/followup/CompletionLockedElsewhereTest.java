package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.callOfVisit;
import static io.fieldback.followup.FollowUpFixtures.callsOfVisit;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.common.JdbcBatch;
import io.fieldback.followup.FollowUpFixtures.Callable;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A completion's outbox row is also the dealer feed's (stop 36), so the feed's sequencer locks it for a moment
 * when it numbers it. The follow-up job does not wait for it (SKIP LOCKED): it leaves the event to its next run,
 * which plans the call once.
 */
@QuarkusTest
class CompletionLockedElsewhereTest {

    @Inject
    FollowUpScheduler scheduler;

    @Inject
    DataSource db;

    @Test
    void aCompletionLockedByAnotherTransactionIsPlannedByTheNextRunOnce() throws Exception {
        FollowUpFixtures f = new FollowUpFixtures();
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID visit = f.completedVisit(c.customerId(), c.equipmentId(), Instant.now().minusSeconds(600));
        try (Connection sequencer = db.getConnection()) {
            sequencer.setAutoCommit(false);
            try (PreparedStatement lock = sequencer.prepareStatement("SELECT id FROM domain_events "
                    + "WHERE aggregate_id = " + JdbcBatch.ID + " AND topic = 'visit.completed' FOR UPDATE")) {
                JdbcBatch.bind(lock, 1, visit);
                try (ResultSet locked = lock.executeQuery()) {
                    assertThat(locked.next()).isTrue();
                }
            }
            scheduler.runOnce();
            assertThat(callsOfVisit(visit)).isEmpty();
            sequencer.rollback();
        }
        scheduler.runOnce();
        assertThat(callOfVisit(visit).getString("status")).isEqualTo("OPEN");
        scheduler.runOnce();
        assertThat(callsOfVisit(visit)).hasSize(1);
    }
}
