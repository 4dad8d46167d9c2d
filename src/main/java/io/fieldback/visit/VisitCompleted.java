package io.fieldback.visit;

import java.time.Instant;
import java.util.UUID;

/**
 * Recorded when a visit is completed; follow-up, maintenance, campaigns and bookings read it. It carries the visit's
 * type and meter reading so that its readers need not read the visit back (issue 21: those reads were most of the
 * readers' statements); an event recorded before they were added has them null, and its readers read the visit.
 * <p>
 * It also carries the status change that completed the visit, and is recorded with the dealer's id: the dealer's
 * feed shows it as that {@link VisitStatusChanged}, so a completion is one outbox row, not two (issue 21). Events
 * recorded before that carry no dealer's id, and their visit.status-changed twin serves the feed.
 */
public record VisitCompleted(UUID visitId, UUID customerId, UUID equipmentId, UUID stationId, UUID dealerId,
            Instant completedAt, Outcome outcome, VisitType type, Integer meterReading, MeterUnit meterUnit,
            String repairOrderNumber, VisitStatus from, Instant arrivedAt, String changedBy) {

    public static final String TOPIC = "visit.completed";

    /** Whether the event carries the visit's type and meter reading (recorded since they were added). */
    public boolean carriesVisitFacts() {
        return type != null;
    }

    /** The change of status this completion made, as the dealer's feed shows it. */
    public VisitStatusChanged statusChange() {
        return new VisitStatusChanged(visitId, repairOrderNumber, from, VisitStatus.COMPLETED, arrivedAt, completedAt,
                null, outcome, changedBy);
    }
}
