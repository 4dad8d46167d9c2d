package io.fieldback.maintenance;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.maintenance.internal.CompletedVisitReader;
import io.fieldback.support.StatementBudget;
import io.fieldback.support.StatementCounter;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Maintenance reads a claimed batch of completed visits at once (issue 21): the machines' readings are read once for
 * the batch, and a reading kept for one visit of the batch counts for the next, as one visit at a time.
 */
@QuarkusTest
class MaintenanceBatchReadingTest {

    @Inject
    Scheduler scheduler;

    /** The reader also runs every 10 s in tests; paused, it cannot take a batch's events before the test does. */
    @BeforeEach
    void pauseTheScheduledReader() {
        scheduler.pause("maintenance-completed-visits");
    }

    @AfterEach
    void resumeTheScheduledReader() {
        scheduler.resume("maintenance-completed-visits");
    }

    @Inject
    TimeSource time;

    @Inject
    CompletedVisitReader reader;

    private MaintenanceFixtures f;

    @BeforeEach
    void today() {
        f = new MaintenanceFixtures();
        time.use(Clock.fixed(Instant.parse("2026-03-16T04:00:00Z"), ZoneOffset.UTC));
        reader.runOnce(); // other tests' visits: the batches below hold this test's only
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    private List<Integer> readings(UUID machine) {
        return admin().get("/api/v1/maintenance/equipment/" + machine + "/readings").then().statusCode(200)
                .extract().jsonPath().getList("items.reading", Integer.class);
    }

    @Test
    void aBatchMixingVisitsThatKeepAReadingOrCloseAnItemAndVisitsThatDoNeither() {
        f.rule("FLOATING", 500, 6, 500, 6);
        UUID machine = f.machine("2026-01-01");
        UUID other = f.machine("2026-01-01");
        f.reading(machine, 100, "2026-02-01");
        f.reading(machine, 400, "2026-03-03");
        UUID serviced = f.completedNotYetRead(machine, "MAINTENANCE", 520, Instant.parse("2026-03-15T03:00:00Z"));
        f.completedNotYetRead(other, "PAID_REPAIR", null, Instant.parse("2026-03-15T04:00:00Z"));
        // lower than the 520 h the batch's first visit read the same day: refused, as one visit at a time
        f.completedNotYetRead(machine, "PAID_REPAIR", 510, Instant.parse("2026-03-15T05:00:00Z"));

        assertThat(reader.runOnce()).isEqualTo(3);
        assertThat(readings(machine)).containsExactly(100, 400, 520);
        assertThat(readings(other)).isEmpty();
        assertThat(f.items(machine).get(0)).containsEntry("state", "DONE")
                .containsEntry("closedByVisitId", serviced.toString());
        assertThat(f.latest(machine)).containsEntry("sequence", 2).containsEntry("meterLimit", 1020)
                .containsEntry("dueDate", "2026-05-04");
    }

    @Test
    void aReadingReportedAfterTheVisitCompletedIsCheckedAgainst() {
        f.rule("FLOATING", 500, 6, 500, 6);
        UUID machine = f.machine("2026-01-01");
        f.reading(machine, 400, "2026-03-03");
        f.completedNotYetRead(machine, "PAID_REPAIR", 500, Instant.parse("2026-03-10T03:00:00Z"));
        // reported before maintenance read the visit: the visit's 500 h is higher than 450 h read two days later
        f.reading(machine, 450, "2026-03-12");

        reader.runOnce();
        assertThat(readings(machine)).containsExactly(400, 450);
    }

    @Test
    void aBatchOfFiftyVisitsReadsTheMachinesReadingsOnce() {
        for (int i = 0; i < 50; i++) {
            f.completedNotYetRead(f.machine("2026-01-01"), "PAID_REPAIR", 100 + i,
                    Instant.parse("2026-03-15T03:00:00Z"));
        }
        int[] counted = StatementCounter.statementsAndSelectsOf(() -> reader.runOnce());
        // the watermark, the receipts' scan, the machines' readings, the next (empty) scan; 50 readings: one batch
        StatementBudget.within("maintenance: SELECTs for 50 visit.completed", counted[1], 4);
        StatementBudget.within("maintenance: statements for 50 visit.completed", counted[0], 8);
    }

    @Test
    void aBatchOfFiftyMaintenanceVisitsIsForecastAtOnce() {
        f.rule("FLOATING", 500, 6, 500, 6);
        List<UUID> machines = java.util.stream.IntStream.range(0, 50).mapToObj(i -> f.machine("2026-01-01")).toList();
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        for (int i = 0; i < machines.size(); i++) {
            f.completedNotYetRead(machines.get(i), "MAINTENANCE", 500 + i, Instant.parse("2026-03-15T03:00:00Z"));
        }
        int[] counted = StatementCounter.statementsAndSelectsOf(() -> reader.runOnce());
        for (UUID machine : machines) {
            assertThat(f.items(machine)).hasSize(2);
        }
        StatementBudget.within("maintenance: SELECTs for 50 maintenance visits", counted[1], 1000);
        StatementBudget.within("maintenance: statements for 50 maintenance visits", counted[0], 1000);
    }
}
