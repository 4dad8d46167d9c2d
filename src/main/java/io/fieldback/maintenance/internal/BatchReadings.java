package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.fieldback.visit.MeterUnit;
import io.fieldback.visit.VisitCompleted;
import io.fieldback.visit.VisitType;
import io.quarkus.logging.Log;

/**
 * The meter readings of a batch of completed visits, checked as {@link ReadingService#refusal} checks one, against
 * the machines' readings read in one query for the whole batch (issue 21: three queries per visit before). A
 * reading kept for one visit of the batch counts for the next visits of the same machine, as it did when each
 * visit had its own transaction; the kept ones are written together at the end ({@link #write}). The batch's
 * maintenance visits are forecast from the same readings (BatchServices).
 */
final class BatchReadings implements ForecastFacts.Readings {

    private record Key(UUID equipmentId, MeterUnit unit) {
    }

    private static final Comparator<Forecast.Reading> OLDEST_FIRST = Comparator.comparing(Forecast.Reading::on)
            .thenComparingInt(Forecast.Reading::value);

    private final ReadingService readings;
    private final Map<Key, List<Forecast.Reading>> byMachine = new HashMap<>();
    private final Set<UUID> readAtVisits = new HashSet<>();
    private final List<MeterReading> kept = new ArrayList<>();

    private BatchReadings(ReadingService readings) {
        this.readings = readings;
    }

    /** The readings of the batch's machines (with a reading, or serviced) and those taken at its visits: one query. */
    static BatchReadings of(Collection<VisitCompleted> batch, ReadingService readings) {
        BatchReadings known = new BatchReadings(readings);
        Set<UUID> machines = new HashSet<>();
        Set<UUID> visits = new HashSet<>();
        batch.stream().filter(v -> v.meterReading() != null || v.type() == VisitType.MAINTENANCE).forEach(v -> {
            machines.add(v.equipmentId());
            if (v.meterReading() != null) {
                visits.add(v.visitId());
            }
        });
        if (!machines.isEmpty()) {
            // as columns, not entities: a machine's whole history is read, and thousands of managed readings made
            // every later flush of the batch's transaction dirty-check them (a third of this reader in a profile)
            var query = MeterReading.getEntityManager().createQuery("select r.equipmentId, r.unit, r.readOn, r.reading,"
                    + " r.visitId from MeterReading r where r.equipmentId in ?1"
                    + (visits.isEmpty() ? "" : " or r.visitId in ?2"), Object[].class).setParameter(1, machines);
            if (!visits.isEmpty()) {
                query.setParameter(2, visits);
            }
            query.getResultStream().forEach(r -> known.add((UUID) r[0], (MeterUnit) r[1], (LocalDate) r[2],
                    (Integer) r[3], (UUID) r[4]));
        }
        return known;
    }

    private void add(UUID equipmentId, MeterUnit unit, LocalDate readOn, int reading, UUID visitId) {
        if (visitId != null) {
            readAtVisits.add(visitId);
        }
        byMachine.computeIfAbsent(new Key(equipmentId, unit), k -> new ArrayList<>())
                .add(new Forecast.Reading(readOn, reading));
    }

    /** Keeps the visit's reading, once per visit, unless it runs backwards (logged: it never fails the visit). */
    void record(VisitCompleted visit, LocalDate on) {
        if (visit.meterReading() == null || readAtVisits.contains(visit.visitId())) {
            return;
        }
        String refusal = refusal(new Key(visit.equipmentId(), visit.meterUnit()), on, visit.meterReading());
        if (refusal != null) {
            Log.warnf("visit %s: meter reading not kept: %s", visit.visitId(), refusal);
            return;
        }
        MeterReading reading = readings.reading(visit.equipmentId(), visit.meterUnit(), on, visit.meterReading(),
                visit.visitId());
        kept.add(reading);
        add(reading.equipmentId, reading.unit, reading.readOn, reading.reading, reading.visitId);
    }

    /** The readings kept for the batch's visits, in one statement. */
    void write() {
        readings.insert(kept);
        kept.clear();
    }

    private String refusal(Key key, LocalDate on, int value) {
        List<Forecast.Reading> history = byMachine.getOrDefault(key, List.of());
        Integer before = history.stream().filter(k -> !k.on().isAfter(on)).map(Forecast.Reading::value)
                .max(Integer::compare).orElse(null);
        Integer after = history.stream().filter(k -> k.on().isAfter(on)).map(Forecast.Reading::value)
                .min(Integer::compare).orElse(null);
        return ReadingService.refusal(before, after, key.unit(), on, value);
    }

    @Override
    public List<Forecast.Reading> of(UUID machine, MeterUnit unit) {
        return byMachine.getOrDefault(new Key(machine, unit), List.of()).stream().sorted(OLDEST_FIRST).toList();
    }

    @Override
    public Integer highestUpTo(UUID machine, MeterUnit unit, LocalDate day) {
        return byMachine.getOrDefault(new Key(machine, unit), List.of()).stream().filter(r -> !r.on().isAfter(day))
                .map(Forecast.Reading::value).max(Integer::compare).orElse(null);
    }
}
