package io.fieldback.visit;

import java.time.Instant;
import java.util.UUID;

/**
 * Recorded when a visit is completed; follow-up, maintenance, campaigns and bookings read it. It carries the visit's
 * type and meter reading so that its readers need not read the visit back (issue 21: those reads were most of the
 * readers' statements); an event recorded before they were added has them null, and its readers read the visit.
 */
public record VisitCompleted(UUID visitId, UUID customerId, UUID equipmentId, UUID stationId, UUID dealerId,
            Instant completedAt, Outcome outcome, VisitType type, Integer meterReading, MeterUnit meterUnit) {

    public static final String TOPIC = "visit.completed";

    /** Whether the event carries the visit's type and meter reading (recorded since they were added). */
    public boolean carriesVisitFacts() {
        return type != null;
    }
}
