package io.fieldback.maintenance.internal;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.maintenance.MaintenanceFixtures;
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
}
