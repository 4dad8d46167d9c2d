package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.fieldback.visit.MeterUnit;
import io.fieldback.visit.VisitCompleted;
import io.quarkus.logging.Log;

/**
 * The meter readings of a batch of completed visits, checked as {@link ReadingService#refusal} checks one, against
 * the machines' readings read in one query for the whole batch (issue 21: three queries per visit before). A
 * reading kept for one visit of the batch counts for the next visits of the same machine, as it did when each
 * visit had its own transaction.
 */
final class BatchReadings {

    private record Key(UUID equipmentId, MeterUnit unit) {
    }

    private record Known(LocalDate readOn, int reading) {
    }

    private final ReadingService readings;
    private final Map<Key, List<Known>> byMachine = new HashMap<>();
    private final Set<UUID> readAtVisits = new HashSet<>();

    private BatchReadings(ReadingService readings) {
        this.readings = readings;
    }

    /** The readings of the batch's machines and those already taken at its visits: one query. */
    static BatchReadings of(Collection<VisitCompleted> batch, ReadingService readings) {
        BatchReadings known = new BatchReadings(readings);
        Set<UUID> machines = new HashSet<>();
        Set<UUID> visits = new HashSet<>();
        batch.stream().filter(v -> v.meterReading() != null).forEach(v -> {
            machines.add(v.equipmentId());
            visits.add(v.visitId());
        });
        if (!visits.isEmpty()) {
            // as columns, not entities: a machine's whole history is read, and thousands of managed readings made
            // every later flush of the batch's transaction dirty-check them (a third of this reader in a profile)
            MeterReading.getEntityManager().createQuery("select r.equipmentId, r.unit, r.readOn, r.reading, r.visitId"
                    + " from MeterReading r where r.equipmentId in ?1 or r.visitId in ?2", Object[].class)
                    .setParameter(1, machines).setParameter(2, visits).getResultStream()
                    .forEach(r -> known.add((UUID) r[0], (MeterUnit) r[1], (LocalDate) r[2], (Integer) r[3],
                            (UUID) r[4]));
        }
        return known;
    }

    private void add(UUID equipmentId, MeterUnit unit, LocalDate readOn, int reading, UUID visitId) {
        if (visitId != null) {
            readAtVisits.add(visitId);
        }
        byMachine.computeIfAbsent(new Key(equipmentId, unit), k -> new ArrayList<>()).add(new Known(readOn, reading));
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
        MeterReading kept = readings.store(visit.equipmentId(), visit.meterUnit(), on, visit.meterReading(),
                visit.visitId());
        add(kept.equipmentId, kept.unit, kept.readOn, kept.reading, kept.visitId);
    }

    private String refusal(Key key, LocalDate on, int value) {
        List<Known> history = byMachine.getOrDefault(key, List.of());
        Integer before = history.stream().filter(k -> !k.readOn().isAfter(on)).map(Known::reading)
                .max(Integer::compare).orElse(null);
        Integer after = history.stream().filter(k -> k.readOn().isAfter(on)).map(Known::reading)
                .min(Integer::compare).orElse(null);
        return ReadingService.refusal(before, after, key.unit(), on, value);
    }
}
