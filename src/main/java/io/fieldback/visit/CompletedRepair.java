package io.fieldback.visit;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit as a warranty claim reads it: where and when the repair was done and the meter then, read as columns
 * ({@link RepairVisits#repairsOf}) so that a bulk claim request does not load thousands of visit entities.
 * {@code completedAt} is null until the visit is completed.
 */
public record CompletedRepair(UUID id, UUID stationId, UUID dealerId, UUID equipmentId, VisitStatus status,
        Instant completedAt, Integer meterReading, MeterUnit meterUnit) {
}
