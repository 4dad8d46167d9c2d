package io.fieldback.dispatch;

import java.time.Instant;
import java.util.UUID;

/** A technician was assigned to a visit (by a dispatcher or a day plan); eta is the planned start, when known. */
public record DispatchAssigned(UUID visitId, UUID technicianId, UUID customerId, UUID stationId, Instant eta) {

    public static final String TOPIC = "dispatch.assigned";
}
