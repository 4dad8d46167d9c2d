package io.fieldback.survey.internal.rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.customer.CustomerService;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.fieldback.visit.RepairVisits;
import io.fieldback.visit.RepairVisits.NumberedVisit;

/**
 * Finds who the keys of a chunk name through the owning modules' query methods, in bulk: at most one query for
 * visits (by repair-order number), one for machines (by serial, and those of the visits) and one for customers
 * (by code, and the owners of the visits and machines), whatever the number of rows.
 */
@ApplicationScoped
public class TargetLookup {

    private final CustomerService customers;
    private final EquipmentService equipment;
    private final RepairVisits visits;

    public TargetLookup(CustomerService customers, EquipmentService equipment, RepairVisits visits) {
        this.customers = customers;
        this.equipment = equipment;
        this.visits = visits;
    }

    public Known known(ChunkKeys keys, Set<String> earlierRowIds) {
        List<NumberedVisit> numbered = visits.byRepairOrderNumbers(keys.orders());
        Set<UUID> unitIds = numbered.stream().map(NumberedVisit::equipmentId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, EquipmentView> units = byId(equipment.findBySerialsOrIds(keys.serials(), unitIds), EquipmentView::id);
        Set<UUID> ownerIds = new HashSet<>();
        numbered.forEach(v -> ownerIds.add(v.customerId()));
        units.values().forEach(u -> ownerIds.add(u.customerId()));
        Map<UUID, CustomerView> owners = byId(customers.findByCodesOrIds(keys.codes(), ownerIds), CustomerView::id);
        return new Known(byCode(owners, keys.codes()), bySerial(units, owners, keys.serials()), byOrder(numbered, units, owners),
                earlierRowIds);
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, item -> item, (a, b) -> a));
    }

    private static Map<String, Target> byCode(Map<UUID, CustomerView> owners, Set<String> codes) {
        Map<String, Target> found = new HashMap<>();
        owners.values().stream().filter(c -> codes.contains(c.code()))
                .forEach(c -> found.put(c.code(), target(c, c.dealerId(), null, null, null)));
        return found;
    }

    private static Map<String, Target> bySerial(Map<UUID, EquipmentView> units, Map<UUID, CustomerView> owners,
            Set<String> serials) {
        Map<String, Target> found = new HashMap<>();
        for (EquipmentView unit : units.values()) {
            CustomerView owner = owners.get(unit.customerId());
            if (serials.contains(unit.serialNumber()) && owner != null) {
                found.put(unit.serialNumber(), target(owner, owner.dealerId(), unit, null, null));
            }
        }
        return found;
    }

    private static Map<String, List<Target>> byOrder(List<NumberedVisit> numbered, Map<UUID, EquipmentView> units,
            Map<UUID, CustomerView> owners) {
        Map<String, List<Target>> found = new HashMap<>();
        for (NumberedVisit v : numbered) {
            CustomerView owner = owners.get(v.customerId());
            if (owner != null) {
                EquipmentView unit = v.equipmentId() == null ? null : units.get(v.equipmentId());
                Target t = target(owner, v.dealerId(), unit, v.id(), v.stationId());
                // the visit's machine even when it is not on file (any more): its series is then unknown
                found.computeIfAbsent(v.repairOrderNumber(), k -> new ArrayList<>()).add(new Target(t.customerId(),
                        t.relationship(), t.importance(), t.region(), t.dealerId(), v.equipmentId(), t.productSeries(),
                        t.visitId(), t.stationId()));
            }
        }
        return found;
    }

    private static Target target(CustomerView c, UUID dealerId, EquipmentView unit, UUID visitId, UUID stationId) {
        return new Target(c.id(), name(c.relationship()), name(c.importance()), c.region(), dealerId,
                unit == null ? null : unit.id(), unit == null ? null : unit.productSeries(), visitId, stationId);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
