package io.fieldback.engineering.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.complaint.ComplaintCounts;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.fieldback.engineering.DesignChangeFigures;
import io.fieldback.visit.RepairVisits;
import io.fieldback.warranty.WarrantyClaims;

/** Before/after figures of a design change, from the owners' counts per machine. */
@ApplicationScoped
class FiguresService {

    private final DesignChangeService changes;
    private final EquipmentService equipment;
    private final RepairVisits visits;
    private final WarrantyClaims claims;
    private final ComplaintCounts complaints;

    FiguresService(DesignChangeService changes, EquipmentService equipment, RepairVisits visits,
            WarrantyClaims claims, ComplaintCounts complaints) {
        this.changes = changes;
        this.equipment = equipment;
        this.visits = visits;
        this.claims = claims;
        this.complaints = complaints;
    }

    @Transactional
    DesignChangeFigures figures(UUID id) {
        DesignChange change = changes.find(id);
        List<UUID> before = new ArrayList<>();
        List<UUID> after = new ArrayList<>();
        long unplaced = 0;
        for (EquipmentView machine : equipment.ofSeries(change.productSeries)) {
            Boolean applies = change.applies(machine);
            if (applies == null) {
                unplaced++;
            } else {
                (applies ? after : before).add(machine.id());
            }
        }
        return new DesignChangeFigures(change.id, change.changeNumber, change.productSeries, group(before),
                group(after), unplaced);
    }

    private DesignChangeFigures.Group group(List<UUID> machines) {
        long failures = sum(visits.repairsByMachine(machines));
        long claimed = sum(claims.claimsByMachine(machines));
        long complained = sum(complaints.qualityComplaintsByMachine(machines));
        int n = machines.size();
        return new DesignChangeFigures.Group(n, failures, per1000(failures, n), claimed, per1000(claimed, n),
                complained, per1000(complained, n));
    }

    private static long sum(Map<UUID, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static BigDecimal per1000(long count, long machines) {
        if (machines == 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 1000L).divide(BigDecimal.valueOf(machines), 1, RoundingMode.HALF_UP);
    }
}
