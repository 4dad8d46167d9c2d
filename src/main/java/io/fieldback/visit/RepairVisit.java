package io.fieldback.visit;

import java.time.Instant;
import java.util.UUID;

import io.fieldback.visit.internal.Visit;

/** What other features (warranty) read of a visit: where, whether and when it was done, the meter then, and its type. */
public record RepairVisit(UUID id, UUID stationId, UUID dealerId, UUID equipmentId, VisitStatus status,
        Instant completedAt, Integer meterReading, MeterUnit meterUnit, UUID customerId, Instant requestedAt,
        Instant arrivedAt, java.util.List<UUID> technicianIds, VisitType type) {

    static RepairVisit of(Visit v) {
        return new RepairVisit(v.id, v.stationId, v.dealerId, v.equipmentId, v.status, v.completedAt, v.meterReading,
                v.meterUnit, v.customerId, v.requestedAt, v.arrivedAt, java.util.List.copyOf(v.technicianIds), v.type);
    }
}
