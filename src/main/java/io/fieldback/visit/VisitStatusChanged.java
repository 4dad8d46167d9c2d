package io.fieldback.visit;

import java.time.Instant;
import java.util.UUID;

/** The status change of a visit, for the dealer's change feed. */
public record VisitStatusChanged(UUID visitId, String repairOrderNumber, VisitStatus from, VisitStatus to,
            Instant arrivedAt, Instant completedAt, Instant cancelledAt, Outcome outcome, String changedBy) {

    public static final String TOPIC = "visit.status-changed";
}
