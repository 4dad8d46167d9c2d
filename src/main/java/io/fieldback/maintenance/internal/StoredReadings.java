package io.fieldback.maintenance.internal;

import static io.fieldback.common.JdbcColumns.uuid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.visit.MeterUnit;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Some machines' stored meter readings as the forecast reads them: per machine and unit, the first and the latest
 * reading (by day, then value), how many there are, and the highest. Summed up by the database in one statement, so
 * a machine's history stays there: reading whole histories was half of the maintenance reader's time in a profile of
 * the dealer upsert, and they grow with every reading (issue 21). {@link Forecast} needs no more: its usage rate runs
 * from the first reading to the latest, and fewer than two readings mean the default rate.
 */
final class StoredReadings implements ForecastFacts.Readings {

    private record Row(LocalDate on, int value) {
    }

    private record Summary(long count, Row first, Row latest, int highest) {
    }

    private record Key(UUID machine, MeterUnit unit) {
    }

    /** TO_DAYS of 1970-01-01: days travel as numbers (the driver's DATE conversion per row was costly). */
    private static final int EPOCH_DAYS = 719_528;

    private static final String SUMMARY = "SELECT equipment_id, unit, COUNT(*), TO_DAYS(MIN(read_on)),"
            + " CAST(SUBSTRING(MIN(CONCAT(read_on, LPAD(reading, 10, '0'))), 11) AS SIGNED), TO_DAYS(MAX(read_on)),"
            + " CAST(SUBSTRING(MAX(CONCAT(read_on, LPAD(reading, 10, '0'))), 11) AS SIGNED), MAX(reading)"
            + " FROM meter_readings WHERE equipment_id IN (?1) GROUP BY equipment_id, unit";

    private final Map<Key, Summary> summaries = new HashMap<>();
    /** The highest reading up to a service day that lies between a machine's first reading and its latest. */
    private final Map<StoredNeighbours.Probe, Integer> highestAtServices = new HashMap<>();

    private StoredReadings() {
    }

    /**
     * The machines' summaries, and the highest reading up to each of their service days that falls between the first
     * reading and the latest (one more statement for all of them; another day asked later costs a statement).
     */
    static StoredReadings of(Collection<UUID> ids, Map<UUID, ? extends Collection<LocalDate>> serviceDays) {
        StoredReadings stored = of(ids);
        List<StoredNeighbours.Probe> between = new ArrayList<>();
        stored.summaries.forEach((key, summary) -> {
            Collection<LocalDate> days = serviceDays.get(key.machine());
            if (days != null) {
                days.stream().filter(day -> !day.isBefore(summary.first().on()) && day.isBefore(summary.latest().on()))
                        .distinct().forEach(day -> between.add(new StoredNeighbours.Probe(key.machine(), key.unit(),
                                day, null)));
            }
        });
        List<StoredNeighbours.Neighbours> found = StoredNeighbours.query(between);
        for (int i = 0; i < between.size(); i++) {
            stored.highestAtServices.put(between.get(i), found.get(i).before());
        }
        return stored;
    }

    @SuppressWarnings("unchecked")
    private static StoredReadings of(Collection<UUID> ids) {
        // a reading stored in this transaction (then the machine forecast) must be among them: a native query
        // does not know which entities to flush first
        Panache.getEntityManager().flush();
        StoredReadings stored = new StoredReadings();
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(SUMMARY).setParameter(1, ids)
                .getResultList();
        for (Object[] r : rows) {
            stored.summaries.put(new Key(uuid(r[0]), MeterUnit.valueOf((String) r[1])),
                    new Summary(number(r[2]), new Row(day(r[3]), (int) number(r[4])),
                            new Row(day(r[5]), (int) number(r[6])), (int) number(r[7])));
        }
        return stored;
    }

    /** The first and the latest reading (one when there is one): what {@link Forecast} reads of a history. */
    @Override
    public List<Forecast.Reading> of(UUID machine, MeterUnit unit) {
        Summary s = summaries.get(new Key(machine, unit));
        if (s == null) {
            return List.of();
        }
        Forecast.Reading first = new Forecast.Reading(s.first().on(), s.first().value());
        return s.count() == 1 ? List.of(first)
                : List.of(first, new Forecast.Reading(s.latest().on(), s.latest().value()));
    }

    /** From the summary when the day is before the first reading or on or after the latest; else as read or asked. */
    @Override
    public Integer highestUpTo(UUID machine, MeterUnit unit, LocalDate day) {
        Summary s = summaries.get(new Key(machine, unit));
        if (s == null || day.isBefore(s.first().on())) {
            return null;
        }
        if (!day.isBefore(s.latest().on())) {
            return s.highest();
        }
        StoredNeighbours.Probe probe = new StoredNeighbours.Probe(machine, unit, day, null);
        return highestAtServices.containsKey(probe) ? highestAtServices.get(probe)
                : StoredNeighbours.of(machine, unit, day).before();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate day(Object toDays) {
        return LocalDate.ofEpochDay(number(toDays) - EPOCH_DAYS);
    }
}
