package io.fieldback.warranty.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.MachineCoverage;
import io.fieldback.visit.CompletedRepair;
import io.fieldback.visit.RepairVisits;
import io.fieldback.visit.VisitStatus;
import io.fieldback.warranty.ReadingUnit;

/**
 * The one place where warranty reads other features, through their query APIs: visits ({@link RepairVisits#repairsOf})
 * and the repaired machines' coverage ({@link EquipmentService#coverageOf}), two column queries for a whole bulk
 * request, so that no visit or machine entity enters the session (a request of 5,000 claims loaded and then
 * dirty-checked 10,000 of them). Nothing here writes, no SQL names their tables, and no other feature's entity is used.
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
        List<CompletedRepair> visits = repairVisits.repairsOf(visitIds);
        Set<UUID> machineIds = visits.stream().map(CompletedRepair::equipmentId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<UUID, MachineCoverage> machines = equipment.coverageOf(machineIds);
        return visits.stream().collect(Collectors.toMap(CompletedRepair::id,
                v -> facts(v, v.equipmentId() == null ? null : machines.get(v.equipmentId()))));
    }

    private RepairFacts facts(CompletedRepair visit, MachineCoverage machine) {
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
