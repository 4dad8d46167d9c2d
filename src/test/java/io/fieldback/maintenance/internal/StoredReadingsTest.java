package io.fieldback.maintenance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.maintenance.MaintenanceFixtures;
import io.fieldback.visit.MeterUnit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The stored readings as the forecast reads them: the first and the latest of a history, and the highest up to any
 * day, whether the day was named up front (one statement for all) or asked afterwards.
 */
@QuarkusTest
class StoredReadingsTest {

    private static final MeterUnit HOURS = MeterUnit.HOURS;

    @Inject
    TimeSource time;

    @BeforeEach
    void firstOfApril() {
        time.use(Clock.fixed(Instant.parse("2026-04-01T04:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void aHistoryReadsAsItsFirstAndLatestAndTheHighestUpToAnyDay() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        UUID machine = f.machine("2026-01-01");
        f.reading(machine, 100, "2026-02-01");
        f.reading(machine, 250, "2026-02-15");
        f.reading(machine, 260, "2026-02-15");
        f.reading(machine, 400, "2026-03-03");
        LocalDate between = LocalDate.parse("2026-02-20");

        for (Map<UUID, List<LocalDate>> named : List.of(Map.<UUID, List<LocalDate>>of(), Map.of(machine,
                List.of(between)))) {
            QuarkusTransaction.requiringNew().run(() -> {
                StoredReadings stored = StoredReadings.of(List.of(machine), named);
                assertThat(stored.of(machine, HOURS)).containsExactly(
                        new Forecast.Reading(LocalDate.parse("2026-02-01"), 100),
                        new Forecast.Reading(LocalDate.parse("2026-03-03"), 400));
                assertThat(stored.of(machine, MeterUnit.KM)).isEmpty();
                assertThat(stored.highestUpTo(machine, HOURS, LocalDate.parse("2026-01-31"))).isNull();
                assertThat(stored.highestUpTo(machine, HOURS, LocalDate.parse("2026-02-01"))).isEqualTo(100);
                assertThat(stored.highestUpTo(machine, HOURS, between)).isEqualTo(260);
                assertThat(stored.highestUpTo(machine, HOURS, LocalDate.parse("2026-03-03"))).isEqualTo(400);
                assertThat(stored.highestUpTo(machine, HOURS, LocalDate.parse("2026-03-30"))).isEqualTo(400);
            });
        }
    }

    @Test
    void aSingleReadingIsTheWholeHistory() {
        MaintenanceFixtures f = new MaintenanceFixtures();
        UUID machine = f.machine("2026-01-01");
        f.reading(machine, 70, "2026-02-01");
        QuarkusTransaction.requiringNew().run(() -> assertThat(StoredReadings.of(List.of(machine), Map.of())
                .of(machine, HOURS)).containsExactly(new Forecast.Reading(LocalDate.parse("2026-02-01"), 70)));
    }
}
