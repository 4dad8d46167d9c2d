package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.fieldback.visit.MeterUnit;
import io.fieldback.visit.VisitCompleted;
import io.fieldback.visit.VisitType;
import io.quarkus.logging.Log;

/**
 * The meter readings of a batch of completed visits, checked as {@link ReadingService#refusal} checks one: against
 * the stored readings' neighbours of each visit's day, computed by the database for the whole batch in one statement
 * ({@link StoredNeighbours}), and the readings kept earlier in the batch. A reading kept for one visit of the batch
 * counts for the next visits of the same machine, as it did when each visit had its own transaction; the kept ones
 * are written together at the end ({@link #write}). The batch's maintenance visits are forecast from the serviced
 * machines' histories and the batch's readings (BatchServices).
 */
final class BatchReadings implements ForecastFacts.Readings {

    private record Key(UUID equipmentId, MeterUnit unit) {
    }

    private static final Comparator<Forecast.Reading> OLDEST_FIRST = Comparator.comparing(Forecast.Reading::on)
            .thenComparingInt(Forecast.Reading::value);

    private final ReadingService readings;
    private final Map<UUID, StoredNeighbours.Neighbours> neighbours;
    /** The serviced machines' stored readings: the forecast reads their first, latest and highest readings. */
    private ForecastFacts.Readings histories;
    private final Map<Key, List<Forecast.Reading>> keptByMachine = new HashMap<>();
    private final Set<UUID> readAtVisits = new HashSet<>();
    private final List<MeterReading> kept = new ArrayList<>();

    private BatchReadings(ReadingService readings, Map<UUID, StoredNeighbours.Neighbours> neighbours) {
        this.readings = readings;
        this.neighbours = neighbours;
        neighbours.forEach((visit, n) -> {
            if (n.stored()) {
                readAtVisits.add(visit);
            }
        });
    }

    /** The neighbours of the batch's readings (one statement) and the serviced machines' histories (one more). */
    static BatchReadings of(Collection<VisitCompleted> batch, ReadingService readings, ZoneId zone) {
        BatchReadings known = new BatchReadings(readings, StoredNeighbours.of(batch, zone));
        // a serviced machine's forecast asks its meter up to the service's day, the visit's
        Map<UUID, Set<LocalDate>> serviced = new HashMap<>();
        batch.stream().filter(v -> v.type() == VisitType.MAINTENANCE).forEach(v -> serviced
                .computeIfAbsent(v.equipmentId(), m -> new HashSet<>()).add(StoredNeighbours.day(v, zone)));
        if (!serviced.isEmpty()) {
            known.histories = StoredReadings.of(serviced.keySet(), serviced);
        }
        return known;
    }

    /** Keeps the visit's reading, once per visit, unless it runs backwards (logged: it never fails the visit). */
    void record(VisitCompleted visit, LocalDate on) {
        if (visit.meterReading() == null || readAtVisits.contains(visit.visitId())) {
            return;
        }
        Key key = new Key(visit.equipmentId(), visit.meterUnit());
        String refusal = refusal(neighbours.get(visit.visitId()), keptByMachine.getOrDefault(key, List.of()), key, on,
                visit.meterReading());
        if (refusal != null) {
            Log.warnf("visit %s: meter reading not kept: %s", visit.visitId(), refusal);
            return;
        }
        MeterReading reading = readings.reading(visit.equipmentId(), visit.meterUnit(), on, visit.meterReading(),
                visit.visitId());
        kept.add(reading);
        readAtVisits.add(visit.visitId());
        keptByMachine.computeIfAbsent(key, k -> new ArrayList<>()).add(new Forecast.Reading(on, visit.meterReading()));
    }

    /** The readings kept for the batch's visits, in one statement. */
    void write() {
        readings.insert(kept);
        kept.clear();
    }

    /** The stored neighbours of the day, and the readings kept earlier in this batch, under the one rule. */
    private static String refusal(StoredNeighbours.Neighbours stored, List<Forecast.Reading> batch, Key key,
            LocalDate on, int value) {
        Integer before = Stream.concat(Stream.ofNullable(stored.before()), batch.stream()
                .filter(k -> !k.on().isAfter(on)).map(Forecast.Reading::value)).max(Integer::compare).orElse(null);
        Integer after = Stream.concat(Stream.ofNullable(stored.after()), batch.stream()
                .filter(k -> k.on().isAfter(on)).map(Forecast.Reading::value)).min(Integer::compare).orElse(null);
        return ReadingService.refusal(before, after, key.unit(), on, value);
    }

    @Override
    public List<Forecast.Reading> of(UUID machine, MeterUnit unit) {
        return known(new Key(machine, unit)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public Integer highestUpTo(UUID machine, MeterUnit unit, LocalDate day) {
        Integer stored = histories == null ? null : histories.highestUpTo(machine, unit, day);
        return Stream.concat(Stream.ofNullable(stored), keptByMachine.getOrDefault(new Key(machine, unit), List.of())
                .stream().filter(r -> !r.on().isAfter(day)).map(Forecast.Reading::value)).max(Integer::compare)
                .orElse(null);
    }

    /** A serviced machine's readings of the unit: stored, and kept by this batch. */
    private Stream<Forecast.Reading> known(Key key) {
        return Stream.concat(histories == null ? Stream.empty() : histories.of(key.equipmentId(), key.unit()).stream(),
                keptByMachine.getOrDefault(key, List.of()).stream());
    }
}
