package io.fieldback.maintenance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.fieldback.common.JdbcColumns;
import io.fieldback.common.JdbcBatch;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.MachineDelivery;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * One chunk of the nightly forecast, set-based. Machines without any item yet (no service: the common case) get
 * their first item from the database, one INSERT ... SELECT per rule (FirstDueInserts, the rule's own SQL). The
 * others (with history) are read at once with every fact they need (read-only: nothing loaded is tracked for
 * changes), the rule applied to each in memory, then the new items inserted and the changed ones updated in JDBC
 * batches. Items the run leaves as they were are not written at all.
 */
@ApplicationScoped
class ForecastPass {

    /** What a chunk did: its machines, how many have an open item, and the last machine's id (where the next starts). */
    record Chunk(int machines, int open, UUID last) {
    }

    private final EquipmentService equipment;
    private final ForecastService forecasts;
    private final FirstDueInserts firstDue;

    ForecastPass(EquipmentService equipment, ForecastService forecasts, FirstDueInserts firstDue) {
        this.equipment = equipment;
        this.forecasts = forecasts;
        this.firstDue = firstDue;
    }

    /** The delivered machines after {@code after} (by id), at most {@code size}; call inside a transaction. */
    Chunk run(UUID after, int size) {
        Panache.getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
        List<MachineDelivery> machines = equipment.deliveredAfter(after, size);
        if (machines.isEmpty()) {
            return new Chunk(0, 0, after);
        }
        UUID last = machines.get(machines.size() - 1).id();
        Set<UUID> withItems = withItems(after, last);
        Map<String, MaintenanceRule> rules = rules(machines);
        Map<MaintenanceRule, List<MachineDelivery>> first = new HashMap<>();
        List<MachineDelivery> planned = new ArrayList<>();
        for (MachineDelivery machine : machines) {
            MaintenanceRule rule = machine.productSeries() == null ? null : rules.get(machine.productSeries());
            if (rule != null && !withItems.contains(machine.id()) && forecasts.firstDueBySql(rule, machine)) {
                first.computeIfAbsent(rule, r -> new ArrayList<>()).add(machine);
            } else if (rule != null) {
                planned.add(machine);
            }
        }
        int open = planned.isEmpty() ? 0 : plan(planned);
        for (Map.Entry<MaintenanceRule, List<MachineDelivery>> e : first.entrySet()) {
            open += firstDue.insert(e.getKey(), e.getValue());
        }
        return new Chunk(machines.size(), open, last);
    }

    /** The rule (Java) applied to machines that have items; the new and changed items written in batches. */
    private int plan(List<MachineDelivery> machines) {
        ForecastFacts facts = forecasts.facts(machines);
        List<DueItem> created = new ArrayList<>();
        List<DueItem> changed = new ArrayList<>();
        int open = 0;
        for (MachineDelivery machine : machines) {
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
        return open;
    }

    /**
     * The machines in (after, last] that have an item: the chunk's id range on the (machine, number) key, two
     * parameters instead of a thousand ids.
     */
    @SuppressWarnings("unchecked")
    private static Set<UUID> withItems(UUID after, UUID last) {
        List<Object> ids = DueItem.getEntityManager().createNativeQuery("SELECT DISTINCT equipment_id FROM "
                + "maintenance_due_items WHERE equipment_id > UNHEX(?1) AND equipment_id <= UNHEX(?2)")
                .setParameter(1, JdbcBatch.hex(after == null ? new UUID(0, 0) : after))
                .setParameter(2, JdbcBatch.hex(last)).getResultList();
        Set<UUID> with = new HashSet<>();
        ids.forEach(id -> with.add(JdbcColumns.uuid(id)));
        return with;
    }

    private static Map<String, MaintenanceRule> rules(List<MachineDelivery> machines) {
        Set<String> series = machines.stream().map(MachineDelivery::productSeries).filter(s -> s != null)
                .collect(Collectors.toSet());
        return series.isEmpty() ? Map.of() : MaintenanceRule.<MaintenanceRule>list("productSeries in ?1", series)
                .stream().collect(Collectors.toMap(r -> r.productSeries, r -> r));
    }
}
