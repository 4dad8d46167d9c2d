package io.fieldback.warranty.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.customer.Equipment;
import io.fieldback.visit.Visit;
import io.fieldback.visit.VisitStatus;
import io.fieldback.warranty.ReadingUnit;

/**
 * The one place where warranty reads other features: visits (the visit feature's public {@link Visit}
 * entity) and the repaired machines' coverage (the customer feature's public {@link Equipment} entity),
 * loaded in two queries for a whole bulk request. Nothing here writes, and no SQL names their tables.
 */
@ApplicationScoped
class RepairFactsReader {

    private final WarrantyConfig config;

    RepairFactsReader(WarrantyConfig config) {
        this.config = config;
    }

    Map<UUID, RepairFacts> read(Collection<UUID> visitIds) {
        if (visitIds.isEmpty()) {
            return Map.of();
        }
        List<Visit> visits = Visit.list("id in ?1", Set.copyOf(visitIds));
        Set<UUID> machineIds = visits.stream().map(v -> v.equipmentId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<UUID, Equipment> machines = machineIds.isEmpty() ? Map.of()
                : Equipment.<Equipment>list("id in ?1", machineIds).stream()
                        .collect(Collectors.toMap(e -> e.id, Function.identity()));
        return visits.stream().collect(Collectors.toMap(v -> v.id, v -> facts(v, machines.get(v.equipmentId))));
    }

    private RepairFacts facts(Visit visit, Equipment machine) {
        boolean completed = visit.status == VisitStatus.COMPLETED && visit.completedAt != null;
        var repairedOn = completed ? visit.completedAt.atZone(config.timeZone()).toLocalDate() : null;
        ReadingUnit meterUnit = visit.meterUnit == null ? null : ReadingUnit.valueOf(visit.meterUnit.name());
        if (machine == null) {
            return new RepairFacts(visit.id, visit.stationId, visit.dealerId, completed, repairedOn, null, null, null,
                    null, null, null, null, visit.meterReading, meterUnit);
        }
        ReadingUnit limitUnit = machine.warrantyLimitUnit == null ? null
                : ReadingUnit.valueOf(machine.warrantyLimitUnit.name());
        return new RepairFacts(visit.id, visit.stationId, visit.dealerId, completed, repairedOn, machine.id,
                machine.serialNumber, machine.productSeries, machine.deliveryDate, machine.warrantyUntil,
                machine.warrantyLimit, limitUnit, visit.meterReading, meterUnit);
    }
}
