package io.fieldback.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;
import io.fieldback.visit.internal.Visit;

@Schema(name = "Visit")
public record VisitView(UUID id, UUID customerId, UUID equipmentId, UUID stationId, UUID dealerId, VisitType type,
        VisitStatus status, VisitSource source, String repairOrderNumber, String faultReported, String diagnosis,
        String workDone, List<PartView> parts, BigDecimal labourHours, Money cost, Outcome outcome,
        Integer meterReading, MeterUnit meterUnit, List<UUID> technicianIds, Instant requestedAt,
        Instant dispatchedAt, Instant arrivedAt, Instant completedAt, Instant cancelledAt, String cancelReason,
        @Schema(description = "minutes from request to arrival on site") Long responseMinutes,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {

    @Schema(name = "UsedPartView")
    public record PartView(String partNumber, BigDecimal quantity, Billing billing, boolean usedPartReturned,
            @Schema(description = "the PART_USED event that logged it, if any") UUID sourceEventId) {
    }

    static VisitView of(Visit v) {
        return new VisitView(v.id, v.customerId, v.equipmentId, v.stationId, v.dealerId, v.type, v.status, v.source,
                v.repairOrderNumber, v.faultReported, v.diagnosis, v.workDone,
                v.parts.stream().map(p -> new PartView(p.partNumber, p.quantity, p.billing, p.usedPartReturned,
                        p.sourceEventId)).toList(),
                v.labourHours, v.costAmount == null ? null : new Money(v.costAmount, v.costCurrency), v.outcome,
                v.meterReading, v.meterUnit, v.technicianIds.stream().sorted().toList(), v.requestedAt,
                v.dispatchedAt, v.arrivedAt, v.completedAt, v.cancelledAt, v.cancelReason, v.responseMinutes(),
                v.version, v.createdAt, v.updatedAt);
    }
}
