package io.fieldback.maintenance;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.maintenance.internal.CompletedVisitReader;
import io.fieldback.support.StatementBudget;
import io.fieldback.support.StatementCounter;
import io.fieldback.support.TestData;
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
        UUID machine = f.machineWithRule("FLOATING");
        UUID other = f.machine("2026-01-01");
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

    /*
     * Late readings of a machine not serviced in the batch: each is checked against the stored readings on both sides
     * of its day (the database computes those neighbours) and against the readings kept earlier in the same batch.
     */
    @Test
    void lateReadingsAreCheckedAgainstStoredNeighboursAndThoseKeptEarlierInTheBatch() {
        UUID machine = f.machine("2026-01-01");
        f.reading(machine, 100, "2026-02-01");
        f.reading(machine, 300, "2026-03-01");
        f.reading(machine, 600, "2026-03-14");
        f.completedNotYetRead(machine, "PAID_REPAIR", 700, Instant.parse("2026-03-05T03:00:00Z")); // > 600 read later
        f.completedNotYetRead(machine, "PAID_REPAIR", 200, Instant.parse("2026-03-05T04:00:00Z")); // < 300 read before
        f.completedNotYetRead(machine, "PAID_REPAIR", 400, Instant.parse("2026-03-05T05:00:00Z")); // kept
        f.completedNotYetRead(machine, "PAID_REPAIR", 350, Instant.parse("2026-03-06T03:00:00Z")); // < 400 kept before
        f.completedNotYetRead(machine, "PAID_REPAIR", 450, Instant.parse("2026-03-04T03:00:00Z")); // > 400 kept after

        assertThat(reader.runOnce()).isEqualTo(5);
        assertThat(readings(machine)).containsExactly(100, 300, 400, 600);
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

    /*
     * Two services of one machine, on 03-15 at 520 h (this station) and on 03-16 at 530 h (another): read in one
     * batch, they leave what two batches one after the other leave. The later visit wins: item 2 is closed by it,
     * at its station, and item 3 starts from it (FLOATING: 530 + 500 h; 430 h in 43 days, 10 h/day: 05-05).
     */
    @Test
    void aMachineServicedTwiceInOneBatchEndsAsInTwoBatches() {
        UUID inOne = f.machineWithRule("FLOATING");
        UUID inTwo = f.machineRunningTenHoursADay();
        UUID elsewhere = TestData.station(f.dealer);
        Instant first = Instant.parse("2026-03-15T03:00:00Z");
        Instant second = Instant.parse("2026-03-16T02:00:00Z");

        f.completedNotYetRead(inOne, "MAINTENANCE", 520, first);
        f.completedNotYetRead(inOne, "MAINTENANCE", 530, second, elsewhere);
        int[] counted = StatementCounter.statementsAndSelectsOf(() -> assertThat(reader.runOnce()).isEqualTo(2));
        // as one batch: one that fails (the second visit making item 2 again, say) is handed over again a visit at a
        // time, which would end the same, in three times the statements
        StatementBudget.within("maintenance: statements for 2 services of a machine", counted[0], 13);
        f.completedNotYetRead(inTwo, "MAINTENANCE", 520, first);
        reader.runOnce();
        f.completedNotYetRead(inTwo, "MAINTENANCE", 530, second, elsewhere);
        reader.runOnce();

        assertThat(comparable(inOne)).isEqualTo(comparable(inTwo)).hasSize(3);
        assertThat(f.items(inOne).get(1)).containsEntry("state", "DONE").containsEntry("closedOn", "2026-03-16")
                .containsEntry("stationId", elsewhere.toString());
        assertThat(f.latest(inOne)).containsEntry("sequence", 3).containsEntry("meterLimit", 1030)
                .containsEntry("dueDate", "2026-05-05").containsEntry("stationId", elsewhere.toString());
        assertThat(readings(inOne)).containsExactly(100, 400, 520, 530);
    }

    /** A machine's items without what differs between two machines (ids, visits, how often a row was written). */
    private List<Map<String, Object>> comparable(UUID machine) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> item : f.items(machine)) {
            Map<String, Object> kept = new HashMap<>(item);
            kept.keySet().removeAll(List.of("id", "equipmentId", "closedByVisitId", "version"));
            items.add(kept);
        }
        return items;
    }

    /*
     * Between the service (03-15, 520 h) and maintenance reading it, the rule becomes ANCHORED and 540 h is reported
     * for 03-16: the forecast uses both, as it reads them when it runs. ANCHORED: 500 + 500 = 1000 h; 440 h in 43
     * days, 10.23 h/day from 540 h: 45 days after 03-16, 2026-04-30.
     */
    @Test
    void aRuleChangedAndAReadingReportedAfterTheServiceCountForItsForecast() {
        UUID rule = f.rule("FLOATING", 500, 6, 500, 6);
        UUID machine = f.machineRunningTenHoursADay();
        UUID visit = f.completedNotYetRead(machine, "MAINTENANCE", 520, Instant.parse("2026-03-15T03:00:00Z"));
        f.changeRule(rule, "ANCHORED", 500, 6, 500, 6);
        f.reading(machine, 540, "2026-03-16");

        reader.runOnce();
        assertThat(readings(machine)).containsExactly(100, 400, 520, 540);
        assertThat(f.items(machine).get(0)).containsEntry("state", "DONE")
                .containsEntry("closedByVisitId", visit.toString());
        assertThat(f.latest(machine)).containsEntry("sequence", 2).containsEntry("meterLimit", 1000)
                .containsEntry("dateLimit", "2027-01-01").containsEntry("dueDate", "2026-04-30")
                .containsEntry("trigger", "METER");
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
        // as above, and the machines, their rules and their items read once; the readings, the new items and the
        // closed ones written once each (before the batch forecast: 255 SELECTs, 407 statements, a forecast a visit).
        // The readings take two reads: each reading's neighbours, computed by the database, and the serviced machines'
        // histories for their forecasts (one read of every reading machine's whole history was a third of the dealer
        // upsert's samples)
        StatementBudget.within("maintenance: SELECTs for 50 maintenance visits", counted[1], 8);
        StatementBudget.within("maintenance: statements for 50 maintenance visits", counted[0], 13);
    }
}
