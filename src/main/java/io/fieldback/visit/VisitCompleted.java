package io.fieldback.visit;

import java.time.Instant;
import java.util.UUID;

/** Recorded when a visit is completed; the follow-up feature consumes it. */
public record VisitCompleted(UUID visitId, UUID customerId, UUID equipmentId, UUID stationId, UUID dealerId,
            Instant completedAt, Outcome outcome) {

    public static final String TOPIC = "visit.completed";
}
