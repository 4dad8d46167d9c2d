package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.fieldback.customer.MachineDelivery;
import io.fieldback.maintenance.DueState;
import io.fieldback.visit.VisitCompleted;
import io.fieldback.visit.VisitType;

/**
 * The maintenance visits of a batch of completed visits, forecast together (issue 21: a forecast per visit, each
 * reading the machine, its rule, items and readings with a flush, was the largest share of this reader in a profile
 * of the dealer upsert). The batch's machines and their rules and items are read once (read-only), each visit
 * closes and forecasts in memory in the batch's order, so a later visit of a machine sees what an earlier one did,
 * as in two batches one after the other; the new items and the changed ones are written at the end ({@link #write}).
 */
final class BatchServices {

    private final ForecastService forecasts;
    private final Map<UUID, MachineDelivery> machines;
    private final ForecastFacts facts;
    /** The stored items as read, to write only those that changed (as Hibernate's dirty check did). */
    private final Map<DueItem, List<Object>> read = new IdentityHashMap<>();
    private final List<DueItem> created = new ArrayList<>();

    private BatchServices(ForecastService forecasts, Map<UUID, MachineDelivery> machines, ForecastFacts facts) {
        this.forecasts = forecasts;
        this.machines = machines;
        this.facts = facts;
        if (facts != null) {
            facts.items().forEach(i -> read.put(i, fields(i)));
        }
    }

    /** What the batch's maintenance visits need, read at once: their machines, rules, items (readings: given). */
    static BatchServices of(List<VisitCompleted> batch, BatchReadings readings, ForecastService forecasts) {
        Set<UUID> serviced = batch.stream().filter(v -> v.type() == VisitType.MAINTENANCE)
                .map(VisitCompleted::equipmentId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (serviced.isEmpty()) {
            return new BatchServices(forecasts, Map.of(), null);
        }
        Map<UUID, MachineDelivery> machines = forecasts.deliveries(serviced);
        // a machine not delivered (or inactive) has no forecast, but its open item, if any, is still closed
        return new BatchServices(forecasts, machines, ForecastFacts.readOnly(serviced,
                ForecastFacts.series(machines.values()), readings));
    }

    /** A maintenance visit: it closes the machine's open item, and the next service is forecast. */
    void serviced(VisitCompleted completed, LocalDate on) {
        DueItem open = facts.open(completed.equipmentId());
        if (open != null) {
            open.state = DueState.DONE;
            open.closedOn = on;
            open.closedByVisitId = completed.visitId();
            open.stationId = completed.stationId();
        }
        MachineDelivery machine = machines.get(completed.equipmentId());
        DueItem next = machine == null ? null : forecasts.plan(machine, facts);
        if (next != null && !read.containsKey(next) && created.stream().noneMatch(i -> i == next)) {
            created.add(next);
            facts.added(next);
        }
    }

    /** The items made by the batch, then those read that it changed: two statements at most (for one table). */
    void write() {
        DueItemWrites.insertServiced(created);
        DueItemWrites.updateServiced(read.entrySet().stream().filter(e -> !fields(e.getKey()).equals(e.getValue()))
                .map(Map.Entry::getKey).toList());
    }

    private static List<Object> fields(DueItem item) {
        return Arrays.asList(item.forecastFields(), item.stationId, item.closedOn, item.closedByVisitId);
    }
}
