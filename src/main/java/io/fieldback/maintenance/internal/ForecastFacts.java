package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.fieldback.customer.MachineDelivery;
import io.fieldback.maintenance.DueState;
import io.fieldback.visit.MeterUnit;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * What the forecast of some machines reads (rules, due items, meter readings), in one query each for the whole
 * batch: the nightly run over every machine would otherwise send several per machine.
 */
final class ForecastFacts {

    /** The meter readings a forecast reads: the machines' stored ones, or those a batch of completed visits holds. */
    interface Readings {

        /**
         * The machine's readings of the unit, oldest first (by day, then value): the first and the latest among them,
         * and those between may be left out ({@link Forecast} reads no more).
         */
        List<Forecast.Reading> of(UUID machine, MeterUnit unit);

        /** The highest reading on or before the day, or null. */
        Integer highestUpTo(UUID machine, MeterUnit unit, LocalDate day);
    }

    private final Map<String, MaintenanceRule> rules;
    /** Per machine, highest service number first. */
    private final Map<UUID, List<DueItem>> items;
    private final Readings readings;

    private ForecastFacts(Collection<UUID> ids, Set<String> series, boolean readOnly, Readings readings) {
        rules = series.isEmpty() ? Map.of() : read(MaintenanceRule.<MaintenanceRule>find("productSeries in ?1", series),
                readOnly).stream().collect(Collectors.toMap(r -> r.productSeries, r -> r));
        items = read(DueItem.<DueItem>find("equipmentId in ?1 order by sequence desc", ids), readOnly).stream()
                .collect(Collectors.groupingBy(i -> i.equipmentId));
        this.readings = readings != null ? readings : StoredReadings.of(ids, lastServiceDays());
    }

    /** Read-only: not flushed first, no snapshot kept, so later flushes do not dirty-check them. */
    private static <T> List<T> read(PanacheQuery<T> query, boolean readOnly) {
        return readOnly ? query.withHint(HibernateHints.HINT_READ_ONLY, true)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).list() : query.list();
    }

    /** The facts of these (one or more, not none) machines. */
    static ForecastFacts of(List<MachineDelivery> machines) {
        return new ForecastFacts(machines.stream().map(MachineDelivery::id).collect(Collectors.toSet()),
                series(machines), false, null);
    }

    /**
     * The items of these (one or more) machines and the rules of these series read-only (what changes is written by
     * the caller, not by Hibernate), the readings as given.
     */
    static ForecastFacts readOnly(Collection<UUID> machines, Set<String> series, Readings readings) {
        return new ForecastFacts(machines, series, true, readings);
    }

    static Set<String> series(Collection<MachineDelivery> machines) {
        return machines.stream().map(MachineDelivery::productSeries).filter(s -> s != null).collect(Collectors.toSet());
    }

    MaintenanceRule rule(String series) {
        return rules.get(series);
    }

    /** The open item with the highest number, as DueItem.openOf. */
    DueItem open(UUID machine) {
        return items(machine).stream().filter(i -> i.state != DueState.DONE && i.state != DueState.WAIVED).findFirst()
                .orElse(null);
    }

    DueItem lastClosed(UUID machine) {
        return items(machine).stream().filter(i -> i.state == DueState.DONE || i.state == DueState.WAIVED).findFirst()
                .orElse(null);
    }

    /** The item with the highest number, as DueItem.lastOf. */
    DueItem last(UUID machine) {
        return items(machine).stream().findFirst().orElse(null);
    }

    /** Every item read, of every machine. */
    List<DueItem> items() {
        return items.values().stream().flatMap(List::stream).toList();
    }

    /** A new item of its machine, from now on among the facts as if it had been read. */
    void added(DueItem item) {
        List<DueItem> of = items.computeIfAbsent(item.equipmentId, m -> new ArrayList<>());
        int at = 0;
        while (at < of.size() && of.get(at).sequence > item.sequence) {
            at++;
        }
        of.add(at, item);
    }

    List<Forecast.Reading> readings(UUID machine, MeterUnit unit) {
        return unit == null ? List.of() : readings.of(machine, unit);
    }

    Integer highestUpTo(UUID machine, MeterUnit unit, LocalDate day) {
        return readings.highestUpTo(machine, unit, day);
    }

    private List<DueItem> items(UUID machine) {
        return items.getOrDefault(machine, List.of());
    }

    /** Per machine, the day of its last service done: the forecast asks the meter reading up to it. */
    private Map<UUID, List<LocalDate>> lastServiceDays() {
        Map<UUID, List<LocalDate>> days = new HashMap<>();
        items.keySet().forEach(machine -> {
            DueItem closed = lastClosed(machine);
            if (closed != null && closed.state == DueState.DONE && closed.closedOn != null) {
                days.put(machine, List.of(closed.closedOn));
            }
        });
        return days;
    }
}
