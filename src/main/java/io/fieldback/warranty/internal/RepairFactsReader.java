package io.fieldback.warranty.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;
import io.fieldback.visit.VisitStatus;
import io.fieldback.warranty.ReadingUnit;

/**
 * The one place where warranty reads other features, through their query APIs: visits ({@link RepairVisits}) and
 * the repaired machines' coverage ({@link EquipmentService#find(Collection)}), two queries for a whole bulk
 * request. Nothing here writes, no SQL names their tables, and no other feature's entity is used.
 */
@ApplicationScoped
class RepairFactsReader {

    private final WarrantyConfig config;
    private final RepairVisits repairVisits;
    private final EquipmentService equipment;

    RepairFactsReader(WarrantyConfig config, RepairVisits repairVisits, EquipmentService equipment) {
        this.config = config;
        this.repairVisits = repairVisits;
        this.equipment = equipment;
    }

    Map<UUID, RepairFacts> read(Collection<UUID> visitIds) {
        if (visitIds.isEmpty()) {
            return Map.of();
        }
        List<RepairVisit> visits = repairVisits.of(visitIds);
        Set<UUID> machineIds = visits.stream().map(RepairVisit::equipmentId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<UUID, EquipmentView> machines = equipment.find(machineIds);
        return visits.stream().collect(Collectors.toMap(RepairVisit::id,
                v -> facts(v, v.equipmentId() == null ? null : machines.get(v.equipmentId()))));
    }

    private RepairFacts facts(RepairVisit visit, EquipmentView machine) {
        boolean completed = visit.status() == VisitStatus.COMPLETED && visit.completedAt() != null;
        var repairedOn = completed ? visit.completedAt().atZone(config.timeZone()).toLocalDate() : null;
        ReadingUnit meterUnit = visit.meterUnit() == null ? null : ReadingUnit.valueOf(visit.meterUnit().name());
        if (machine == null) {
            return new RepairFacts(visit.id(), visit.stationId(), visit.dealerId(), completed, repairedOn, null, null,
                    null, null, null, null, null, visit.meterReading(), meterUnit);
        }
        ReadingUnit limitUnit = machine.warrantyLimitUnit() == null ? null
                : ReadingUnit.valueOf(machine.warrantyLimitUnit().name());
        return new RepairFacts(visit.id(), visit.stationId(), visit.dealerId(), completed, repairedOn, machine.id(),
                machine.serialNumber(), machine.productSeries(), machine.deliveryDate(), machine.warrantyUntil(),
                machine.warrantyLimit(), limitUnit, visit.meterReading(), meterUnit);
    }
}
