package io.fieldback.dispatch;

import java.time.Instant;
import java.util.UUID;

/** The technician set off to the visit; eta is the arrival time their phone announced, when it did. */
public record DispatchEnRoute(UUID visitId, UUID technicianId, UUID customerId, UUID stationId, Instant eta) {

    public static final String TOPIC = "dispatch.en-route";
}
