package io.fieldback.maintenance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * One chunk of the nightly forecast, set-based: the chunk's machines and every fact they need read at once
 * (read-only: nothing loaded is tracked for changes), the same rule as a single machine's forecast applied to
 * each in memory, then the new items inserted and the changed ones updated in JDBC batches. Items the run
 * leaves as they were are not written at all.
 */
@ApplicationScoped
class ForecastPass {

    /** What a chunk did: its machines, how many have an open item, and the last machine's id (where the next starts). */
    record Chunk(int machines, int open, UUID last) {
    }

    private final EquipmentService equipment;
    private final ForecastService forecasts;

    ForecastPass(EquipmentService equipment, ForecastService forecasts) {
        this.equipment = equipment;
        this.forecasts = forecasts;
    }

    /**
     * The delivered machines after {@code after} (by id), at most {@code size}; call inside a transaction.
     * {@code dealers}: the customers' dealers the run has read so far (added to).
     */
    Chunk run(UUID after, int size, Map<UUID, UUID> dealers) {
        Panache.getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
        List<EquipmentView> machines = equipment.deliveredAfter(after, size);
        if (machines.isEmpty()) {
            return new Chunk(0, 0, after);
        }
        ForecastFacts facts = forecasts.facts(machines, dealers);
        List<DueItem> created = new ArrayList<>();
        List<DueItem> changed = new ArrayList<>();
        int open = 0;
        for (EquipmentView machine : machines) {
            DueItem before = facts.open(machine.id());
            List<Object> was = before == null ? null : before.forecastFields();
            DueItem item = forecasts.plan(machine, facts);
            if (item == null) {
                continue;
            }
            open++;
            if (item.createdAt == null) {
                created.add(item);
            } else if (!item.forecastFields().equals(was)) {
                changed.add(item);
            }
        }
        DueItemWrites.insert(created);
        DueItemWrites.update(changed);
        return new Chunk(machines.size(), open, machines.get(machines.size() - 1).id());
    }
}
