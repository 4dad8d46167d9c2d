package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.fieldback.customer.CustomerService;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.EquipmentView;
import io.fieldback.maintenance.DueState;
import io.fieldback.visit.MeterUnit;

/**
 * What the forecast of some machines reads (rules, due items, meter readings, the customers' dealers), in one
 * query each for the whole batch: the nightly run over every machine would otherwise send several per machine.
 */
final class ForecastFacts {

    private final Map<String, MaintenanceRule> rules;
    /** Per machine, highest service number first. */
    private final Map<UUID, List<DueItem>> items;
    /** Per machine, oldest first, as MeterReading.of orders them. */
    private final Map<UUID, List<MeterReading>> readings;
    private final Map<UUID, UUID> dealers = new HashMap<>();

    private ForecastFacts(List<EquipmentView> machines, CustomerService customers) {
        Set<UUID> ids = machines.stream().map(EquipmentView::id).collect(Collectors.toSet());
        Set<String> series = machines.stream().map(EquipmentView::productSeries).filter(s -> s != null)
                .collect(Collectors.toSet());
        rules = series.isEmpty() ? Map.of() : MaintenanceRule.<MaintenanceRule>list("productSeries in ?1", series)
                .stream().collect(Collectors.toMap(r -> r.productSeries, r -> r));
        items = DueItem.<DueItem>list("equipmentId in ?1 order by sequence desc", ids).stream()
                .collect(Collectors.groupingBy(i -> i.equipmentId));
        readings = MeterReading.<MeterReading>list("equipmentId in ?1 order by readOn, reading", ids).stream()
                .collect(Collectors.groupingBy(r -> r.equipmentId));
        Set<UUID> owners = machines.stream().map(EquipmentView::customerId).filter(c -> c != null)
                .collect(Collectors.toSet());
        for (CustomerView c : customers.findByCodesOrIds(List.of(), owners)) {
            dealers.put(c.id(), c.dealerId());
        }
    }

    /** The facts of these (one or more, not none) machines. */
    static ForecastFacts of(List<EquipmentView> machines, CustomerService customers) {
        return new ForecastFacts(machines, customers);
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
        return readings.getOrDefault(machine, List.of()).stream().filter(r -> r.unit == unit)
                .map(r -> new Forecast.Reading(r.readOn, r.reading)).toList();
    }

    /** As MeterReading.highestUpTo: the highest reading on or before the day, or null. */
    Integer highestUpTo(UUID machine, MeterUnit unit, LocalDate day) {
        return readings.getOrDefault(machine, List.of()).stream().filter(r -> r.unit == unit && !r.readOn.isAfter(day))
                .map(r -> r.reading).max(Integer::compare).orElse(null);
    }

    /** The dealer of the machine's customer; null when the customer has none or is unknown. */
    UUID dealerOf(UUID customer) {
        return dealers.get(customer);
    }

    private List<DueItem> items(UUID machine) {
        return items.getOrDefault(machine, new ArrayList<>());
    }
}
