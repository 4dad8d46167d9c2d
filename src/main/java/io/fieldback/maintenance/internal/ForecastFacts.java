package io.fieldback.maintenance.internal;

import static io.fieldback.common.JdbcColumns.uuid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.fieldback.customer.MachineDelivery;
import io.fieldback.maintenance.DueState;
import io.fieldback.visit.MeterUnit;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What the forecast of some machines reads (rules, due items, meter readings), in one query each for the whole batch: the nightly run over every machine would otherwise send several per machine.
 */
final class ForecastFacts {

    private final Map<String, MaintenanceRule> rules;
    /** Per machine, highest service number first. */
    private final Map<UUID, List<DueItem>> items;
    /** Per machine, oldest first, as MeterReading.of orders them. */
    private final Map<UUID, List<Row>> readings = new HashMap<>();
    /** A reading as the forecast reads it: no entity (the nightly pass reads every machine's). */
    private record Row(MeterUnit unit, LocalDate on, int value) {
    }

    private ForecastFacts(List<MachineDelivery> machines) {
        Set<UUID> ids = machines.stream().map(MachineDelivery::id).collect(Collectors.toSet());
        Set<String> series = machines.stream().map(MachineDelivery::productSeries).filter(s -> s != null)
                .collect(Collectors.toSet());
        rules = series.isEmpty() ? Map.of() : MaintenanceRule.<MaintenanceRule>list("productSeries in ?1", series)
                .stream().collect(Collectors.toMap(r -> r.productSeries, r -> r));
        items = DueItem.<DueItem>list("equipmentId in ?1 order by sequence desc", ids).stream()
                .collect(Collectors.groupingBy(i -> i.equipmentId));
        readRows(ids);
    }

    @SuppressWarnings("unchecked")
    private void readRows(Set<UUID> ids) {
        // a reading stored in this transaction (then the machine forecast) must be among them: a native query
        // does not know which entities to flush first
        Panache.getEntityManager().flush();
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT equipment_id, unit, read_on, reading "
                + "FROM meter_readings WHERE equipment_id IN (?1) ORDER BY read_on, reading").setParameter(1, ids)
                .getResultList();
        for (Object[] r : rows) {
            readings.computeIfAbsent(uuid(r[0]), m -> new ArrayList<>()).add(new Row(MeterUnit.valueOf((String) r[1]),
                    r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2], ((Number) r[3]).intValue()));
        }
    }

    /** The facts of these (one or more, not none) machines. */
    static ForecastFacts of(List<MachineDelivery> machines) {
        return new ForecastFacts(machines);
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

    List<Forecast.Reading> readings(UUID machine, MeterUnit unit) {
        if (unit == null) {
            return List.of();
        }
        return readings.getOrDefault(machine, List.of()).stream().filter(r -> r.unit() == unit)
                .map(r -> new Forecast.Reading(r.on(), r.value())).toList();
    }

    /** As MeterReading.highestUpTo: the highest reading on or before the day, or null. */
    Integer highestUpTo(UUID machine, MeterUnit unit, LocalDate day) {
        return readings.getOrDefault(machine, List.of()).stream().filter(r -> r.unit() == unit && !r.on().isAfter(day))
                .map(Row::value).max(Integer::compare).orElse(null);
    }

    private List<DueItem> items(UUID machine) {
        return items.getOrDefault(machine, new ArrayList<>());
    }
}
