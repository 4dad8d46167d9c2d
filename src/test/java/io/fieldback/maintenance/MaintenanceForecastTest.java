package io.fieldback.maintenance;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The forecast by hand. Every case is written out in its comment; "today" is fixed by the time source.
 * Rule intervals are in running hours; the default usage is 8 h/day (fieldback.maintenance.default-daily-hours).
 */
@QuarkusTest
class MaintenanceForecastTest {

    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private void today(String day) {
        time.use(Clock.fixed(Instant.parse(day + "T04:00:00Z"), ZoneOffset.UTC));
    }

    /*
     * Delivered 2026-01-01; first service at 500 h or 6 months. Readings 100 h on 02-01 and 400 h on 03-03:
     * 300 h in 30 days = 10 h/day. The calendar limit is 2026-07-01; the meter reaches 500 h 100/10 = 10 days
     * after 03-03, on 2026-03-13. Whichever first: due 2026-03-13 by METER; on 03-05 that is within the 14
     * days before, so DUE.
     */
    @Test
    void whicheverComesFirstTheMeterHere() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-03-05");
        UUID machine = f.machineWithRule("FLOATING");
        Map<String, Object> item = f.latest(machine);
        assertThat(item).containsEntry("sequence", 1).containsEntry("dueDate", "2026-03-13")
                .containsEntry("trigger", "METER").containsEntry("dateLimit", "2026-07-01")
                .containsEntry("meterLimit", 500).containsEntry("state", "DUE");
    }

    /*
     * Same machine, but readings 10 h on 01-11 and 40 h on 01-31 (1.5 h/day) and a first limit of 500 h or
     * 3 months: the meter needs 460 / 1.5 = 307 more days (2026-12-04), the calendar says 2026-04-01. Due
     * 2026-04-01 by DATE; on 02-10 that is more than 14 days away, so UPCOMING.
     */
    @Test
    void whicheverComesFirstTheCalendarHere() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-02-10");
        f.rule("ANCHORED", 500, 3, 500, 6);
        UUID machine = f.machine("2026-01-01");
        f.reading(machine, 10, "2026-01-11");
        f.reading(machine, 40, "2026-01-31");
        assertThat(f.latest(machine)).containsEntry("dueDate", "2026-04-01").containsEntry("trigger", "DATE")
                .containsEntry("meterLimitEstimatedOn", "2026-12-04").containsEntry("state", "UPCOMING");
    }

    /*
     * One reading (100 h on 01-21) is too few for a rate: the default 8 h/day gives 400 / 8 = 50 days,
     * 2026-03-12, before the 12-month limit. On 2026-03-20 that is past: OVERDUE.
     */
    @Test
    void fewerThanTwoReadingsUseTheDefaultRate() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-03-20");
        f.rule("FLOATING", 500, 12, 500, 12);
        UUID machine = f.machine("2026-01-01");
        f.reading(machine, 100, "2026-01-21");
        assertThat(f.latest(machine)).containsEntry("dueDate", "2026-03-12").containsEntry("state", "OVERDUE");
    }

    /*
     * The first case's machine is serviced on 2026-03-15 at 520 h; item 1 is DONE. Readings now 100 (02-01),
     * 400 (03-03), 520 (03-15): 420 h in 42 days = 10 h/day. Service 2, every 500 h or 6 months:
     * FLOATING restarts from the service: 520 + 500 = 1020 h, 500/10 = 50 days after 03-15 = 2026-05-04
     * (calendar 2026-09-15). ANCHORED keeps the original points: 500 + 500 = 1000 h, 480/10 = 48 days
     * after 03-15 = 2026-05-02 (calendar 2026-01-01 + 6 + 6 months = 2027-01-01).
     */
    @Test
    void floatingRestartsFromTheServiceAnchoredKeepsTheOriginalPoints() {
        assertThat(secondServiceAfterALateFirst("FLOATING")).containsEntry("sequence", 2)
                .containsEntry("meterLimit", 1020).containsEntry("dueDate", "2026-05-04")
                .containsEntry("dateLimit", "2026-09-15");
        assertThat(secondServiceAfterALateFirst("ANCHORED")).containsEntry("sequence", 2)
                .containsEntry("meterLimit", 1000).containsEntry("dueDate", "2026-05-02")
                .containsEntry("dateLimit", "2027-01-01");
    }

    private Map<String, Object> secondServiceAfterALateFirst(String mode) {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-03-16");
        UUID machine = f.machineWithRule(mode);
        UUID visit = f.completedMaintenance(machine, 520, Instant.parse("2026-03-15T03:00:00Z"));
        Map<String, Object> first = f.items(machine).get(0);
        assertThat(first).containsEntry("state", "DONE").containsEntry("closedOn", "2026-03-15")
                .containsEntry("closedByVisitId", visit.toString()).containsEntry("stationId", f.station.toString());
        return f.latest(machine);
    }

    /*
     * As the FLOATING case, then a reading of 600 h on 03-18, after the service: the next limit still starts from
     * the meter at the service (520 + 500 = 1020 h, not the rule's 500 + 500), though the service's day now lies
     * between the first reading and the latest. The rate runs from the first to the latest: 500 h in 45 days, so
     * 420 h more take 38 days: 2026-04-25.
     */
    @Test
    void aReadingAfterTheServiceLeavesTheNextLimitOnTheServicesMeter() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-03-16");
        UUID machine = f.machineWithRule("FLOATING");
        f.completedMaintenance(machine, 520, Instant.parse("2026-03-15T03:00:00Z"));
        today("2026-03-20");
        f.reading(machine, 600, "2026-03-18");
        assertThat(f.latest(machine)).containsEntry("sequence", 2).containsEntry("meterLimit", 1020)
                .containsEntry("dueDate", "2026-04-25").containsEntry("trigger", "METER");
    }

    @Test
    void aCompletionRecordedBeforeEventsCarriedTheVisitsFactsIsReadFromTheVisit() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-03-16");
        UUID machine = f.machineWithRule("FLOATING");
        UUID visit = f.completedMaintenanceRecordedBefore(machine, 520, Instant.parse("2026-03-15T03:00:00Z"));
        // the same answer as secondServiceAfterALateFirst("FLOATING"), where the event carries type and reading
        assertThat(f.items(machine).get(0)).containsEntry("state", "DONE").containsEntry("closedOn", "2026-03-15")
                .containsEntry("closedByVisitId", visit.toString()).containsEntry("stationId", f.station.toString());
        assertThat(f.latest(machine)).containsEntry("sequence", 2).containsEntry("meterLimit", 1020)
                .containsEntry("dueDate", "2026-05-04").containsEntry("dateLimit", "2026-09-15");
    }

    @Test
    void aMeterDoesNotRunBackwards() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-03-05");
        f.rule("FLOATING", 500, 6, 500, 6);
        UUID machine = f.machine("2026-01-01");
        f.reading(machine, 400, "2026-02-01");
        admin().body(Map.of("reading", 390, "unit", "HOURS", "readOn", "2026-02-10"))
                .post("/api/v1/maintenance/equipment/" + machine + "/readings").then().statusCode(422)
                .body("detail", containsString("does not run backwards"));
        // nor may a back-dated reading be above a later one
        admin().body(Map.of("reading", 450, "unit", "HOURS", "readOn", "2026-01-20"))
                .post("/api/v1/maintenance/equipment/" + machine + "/readings").then().statusCode(422);
        admin().body(Map.of("reading", 10, "unit", "HOURS", "readOn", "2026-03-06"))
                .post("/api/v1/maintenance/equipment/" + machine + "/readings").then().statusCode(400);
    }

    @Test
    void undeliveredMachinesHaveNoPlanUntilDelivered() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-03-05");
        f.rule("FLOATING", null, 3, null, 6);
        UUID machine = f.machine(null);
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        assertThat(f.items(machine)).isEmpty();
        UUID delivered = f.machine("2026-02-10");
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        assertThat(f.latest(delivered)).containsEntry("dueDate", "2026-05-10").containsEntry("trigger", "DATE");
    }

    @Test
    void aWaivedServiceNeedsAReasonAndTheNextIsForecast() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-03-05");
        f.rule("ANCHORED", null, 3, null, 6);
        UUID machine = f.machine("2026-01-01");
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        Object id = f.latest(machine).get("id");
        admin().body(Map.of("reason", "")).post("/api/v1/maintenance/due/" + id + "/waive").then().statusCode(400);
        admin().body(Map.of("reason", "machine laid up for the winter")).post("/api/v1/maintenance/due/" + id + "/waive")
                .then().statusCode(200);
        assertThat(f.items(machine).get(0)).containsEntry("state", "WAIVED");
        // anchored: 2026-01-01 + 3 + 6 months
        assertThat(f.latest(machine)).containsEntry("sequence", 2).containsEntry("dueDate", "2026-10-01");
        admin().body(Map.of("reason", "again")).post("/api/v1/maintenance/due/" + id + "/waive").then().statusCode(409);
    }

    @Test
    void twoForecastRunsAtOnceBothAnswerAndLeaveOneOpenItemPerMachine() throws Exception {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-03-05");
        f.rule("FLOATING", 500, 6, 500, 6);
        java.util.List<UUID> machines = java.util.stream.IntStream.range(0, 6).mapToObj(i -> f.machine("2026-01-01"))
                .toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> admin().post("/api/v1/maintenance/forecast-runs").statusCode()));
            }
            for (java.util.concurrent.Future<Integer> run : runs) {
                assertThat(run.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        for (UUID machine : machines) {
            assertThat(f.items(machine)).hasSize(1).first().satisfies(item -> assertThat(item)
                    .containsEntry("sequence", 1).containsEntry("state", "DUE"));
        }
    }

    @Test
    void aDeliveryDateAtTheEndOfTheCalendarGetsNoPlanAndDoesNotStopTheRun() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-03-05");
        f.rule("FLOATING", 500, 6, 500, 6);
        UUID typo = f.machine("9999-11-30");
        UUID machine = f.machine("2026-01-01");
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        assertThat(f.items(typo)).isEmpty();
        assertThat(f.items(machine)).hasSize(1);
    }
}
