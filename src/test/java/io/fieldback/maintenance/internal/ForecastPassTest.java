package io.fieldback.maintenance.internal;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.MachineDelivery;
import io.fieldback.maintenance.DueState;
import io.fieldback.maintenance.DueTrigger;
import io.fieldback.maintenance.MaintenanceFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The nightly pass (chunked reads, batched writes) against the one-machine forecast it must agree with: on a varied
 * seeded set (anchored, floating and calendar-only rules; machines with none to three readings, undelivered ones,
 * items waived, items created before the run and others only by it), running the one-machine forecast on every
 * machine after the pass changes nothing.
 */
@QuarkusTest
class ForecastPassTest {

    @Inject
    TimeSource time;

    @Inject
    ForecastService forecasts;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private void today(String day) {
        time.use(Clock.fixed(Instant.parse(day + "T04:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theNightlyPassLeavesWhatTheOneMachineForecastGives() {
        today("2026-06-10");
        Random random = new Random(18);
        List<MaintenanceFixtures> series = List.of(new MaintenanceFixtures(), new MaintenanceFixtures(),
                new MaintenanceFixtures());
        List<UUID> machines = new ArrayList<>();
        // half the machines (and their readings) come before the rule: they have no item until the pass
        series.forEach(f -> machines.addAll(seed(f, random, 4, true)));
        series.get(0).rule("ANCHORED", 250, 6, 500, 6);
        series.get(1).rule("FLOATING", 500, 3, 500, 6);
        series.get(2).rule("ANCHORED", null, 12, null, 12);
        series.forEach(f -> machines.addAll(seed(f, random, 4, false)));
        waiveFirstOpen(series.get(0), machines.subList(12, 16)); // the anchored series' machines made after its rule
        waiveFirstOpen(series.get(1), machines.subList(16, 20)); // the floating series' ones
        today("2026-09-01"); // time moves: the items made so far change state in the pass
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        Map<UUID, List<Map<String, Object>>> afterPass = items(series, machines);
        assertThat(afterPass.values().stream().filter(List::isEmpty).count()).isEqualTo(3); // one undelivered per series
        machines.forEach(forecasts::forecast);
        assertThat(items(series, machines)).isEqualTo(afterPass);
    }

    /** {@code count} machines of the series: delivered over the last two years (or the first not yet), 0-3 readings. */
    private static List<UUID> seed(MaintenanceFixtures f, Random random, int count, boolean firstUndelivered) {
        List<UUID> made = new ArrayList<>();
        LocalDate today = LocalDate.parse("2026-06-10");
        for (int i = 0; i < count; i++) {
            boolean undelivered = i == 0 && firstUndelivered;
            LocalDate delivered = today.minusDays(30 + random.nextInt(700));
            UUID machine = f.machine(undelivered ? null : delivered.toString());
            int readings = undelivered ? 0 : random.nextInt(4);
            int hours = 0;
            LocalDate on = delivered;
            for (int k = 1; k <= readings; k++) { // later and higher each time: a meter does not run backwards
                hours += 1 + random.nextInt(900);
                on = on.plusDays(1 + random.nextInt(9));
                f.reading(machine, hours, on.toString());
            }
            made.add(machine);
        }
        return made;
    }

    private static void waiveFirstOpen(MaintenanceFixtures f, List<UUID> machines) {
        for (UUID machine : machines) {
            List<Map<String, Object>> items = f.items(machine);
            if (!items.isEmpty()) {
                admin().body(Map.of("reason", "serviced elsewhere")).post("/api/v1/maintenance/due/"
                        + items.get(items.size() - 1).get("id") + "/waive").then().statusCode(200);
                return;
            }
        }
    }

    /** Every machine's items, without their version (a write that changes nothing may still count one). */
    private static Map<UUID, List<Map<String, Object>>> items(List<MaintenanceFixtures> series, List<UUID> machines) {
        Map<UUID, List<Map<String, Object>>> all = new HashMap<>();
        for (UUID machine : machines) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> item : series.get(0).items(machine)) {
                Map<String, Object> copy = new HashMap<>(item);
                copy.remove("version");
                items.add(copy);
            }
            all.put(machine, items);
        }
        return all;
    }

    @Inject
    FirstDueInserts firstDue;

    @Inject
    EquipmentService equipment;

    /**
     * The first items the database computes (FirstDueInserts: machines with no item yet) are, field by field, what
     * the Java rule (ForecastService.plan) gives: five rules (meter and months, anchored and floating, calendar only,
     * meter only, recurring intervals only) over machines with none, one, two same-day readings, a slow meter (the
     * date comes first), a meter already past its limit, a meter reaching it on the date's day (BOTH), a rate
     * (3/7 per day) whose double arithmetic lands a hair above a whole day, and an undelivered machine.
     */
    @Test
    void theFirstItemsTheDatabaseComputesAreTheJavaRulesFieldByField() {
        today("2026-06-10");
        List<MaintenanceFixtures> series = List.of(new MaintenanceFixtures(), new MaintenanceFixtures(),
                new MaintenanceFixtures(), new MaintenanceFixtures(), new MaintenanceFixtures());
        Map<MaintenanceFixtures, List<UUID>> machines = new HashMap<>();
        // before the rules (no item yet), the series in turn: each series' id range then holds the others' machines
        // and readings (same unit), which its insert reads over and must leave out
        for (int kind = 0; kind < 8; kind++) {
            for (MaintenanceFixtures f : series) {
                machines.computeIfAbsent(f, s -> new ArrayList<>()).add(variedMachine(f, kind));
            }
        }
        series.get(0).rule("ANCHORED", 250, 6, 500, 6);
        series.get(1).rule("FLOATING", 500, 3, 500, 6);
        series.get(2).rule("ANCHORED", null, 12, null, 12);
        series.get(3).rule("ANCHORED", 300, null, 300, null);
        series.get(4).rule("FLOATING", null, null, 400, 4);
        today("2026-09-01");
        List<UUID> all = machines.values().stream().flatMap(List::stream).toList();
        Map<UUID, List<Object>> byJava = QuarkusTransaction.requiringNew().call(() -> planned(all));
        assertThat(byJava.values().stream().filter(f -> f == null).count()).isEqualTo(5); // the undelivered ones
        assertThat(byJava.values().stream().filter(f -> f != null).map(f -> f.get(11)).distinct())
                .containsExactlyInAnyOrder(DueTrigger.DATE, DueTrigger.METER, DueTrigger.BOTH);
        assertThat(byJava.values().stream().filter(f -> f != null).map(f -> f.get(12)).distinct())
                .contains(DueState.UPCOMING, DueState.OVERDUE);
        int inserted = QuarkusTransaction.requiringNew().call(() -> series.stream()
                .mapToInt(f -> insertFirstItems(f, machines.get(f))).sum());
        assertThat(inserted).isEqualTo(35);
        assertThat(QuarkusTransaction.requiringNew().call(() -> stored(all))).isEqualTo(byJava);
    }

    /** Eight kinds: undelivered; no reading; one; two on one day; slow; past the limit; BOTH; rate 3/7. */
    private static UUID variedMachine(MaintenanceFixtures f, int kind) {
        return switch (kind) {
            case 0 -> f.machine(null);
            case 1 -> f.machine("2024-08-01");
            case 2 -> withReadings(f, "2026-05-20", "2026-05-30", 20);
            case 3 -> withReadings(f, "2025-12-01", "2026-01-05", 30, "2026-01-05", 40);
            case 4 -> withReadings(f, "2025-11-15", "2025-11-20", 1, "2026-03-01", 11);
            case 5 -> withReadings(f, "2025-10-01", "2025-12-01", 100, "2026-02-01", 900);
            // 1 hour a day from 100 on 10 February: 250 hours 150 days later, on 10 July, six months after delivery
            case 6 -> withReadings(f, "2026-01-10", "2026-01-10", 69, "2026-02-10", 100);
            // 3 hours in 7 days: 246 more hours are 574 days in exact arithmetic, a hair more in doubles
            default -> withReadings(f, "2026-02-01", "2026-02-02", 1, "2026-02-09", 4);
        };
    }

    private static UUID withReadings(MaintenanceFixtures f, String delivered, Object... dayAndHours) {
        UUID machine = f.machine(delivered);
        for (int i = 0; i < dayAndHours.length; i += 2) {
            f.reading(machine, (Integer) dayAndHours[i + 1], (String) dayAndHours[i]);
        }
        return machine;
    }

    private Map<UUID, List<Object>> planned(List<UUID> machines) {
        Map<UUID, List<Object>> fields = new HashMap<>();
        for (UUID id : machines) {
            MachineDelivery machine = forecasts.delivery(equipment.find(id));
            fields.put(id, machine == null ? null : fields(forecasts.plan(machine, forecasts.facts(List.of(machine)))));
        }
        return fields;
    }

    private int insertFirstItems(MaintenanceFixtures f, List<UUID> machines) {
        List<MachineDelivery> delivered = machines.stream().map(equipment::find).map(forecasts::delivery)
                .filter(Objects::nonNull).toList();
        delivered.forEach(m -> assertThat(forecasts.firstDueBySql(MaintenanceRule.forSeries(f.series), m)).isTrue());
        return firstDue.insert(MaintenanceRule.forSeries(f.series), delivered);
    }

    private static Map<UUID, List<Object>> stored(List<UUID> machines) {
        Map<UUID, List<Object>> fields = new HashMap<>();
        machines.forEach(id -> fields.put(id, fields(DueItem.<DueItem>find("equipmentId", id).firstResult())));
        return fields;
    }

    /** What the forecast decides of an item, in order (trigger at 11, state at 12); null for no item. */
    private static List<Object> fields(DueItem i) {
        return i == null ? null : Arrays.asList(i.equipmentId, i.customerId, i.dealerId, i.stationId, i.ruleId,
                i.sequence, i.dateLimit, i.meterLimit, i.meterUnit, i.meterEstimated, i.dueDate, i.trigger, i.state);
    }
}
