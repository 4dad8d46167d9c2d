package io.fieldback.dispatch;

import java.time.Instant;
import java.util.UUID;

/** Nobody was on site by the promised time: escalated once per visit; technicianId is who holds it, if anyone. */
public record ArrivalPromiseMissed(UUID visitId, UUID customerId, UUID stationId, UUID technicianId, Instant promisedBy,
        Instant escalatedAt) {

    public static final String TOPIC = "dispatch.promise-missed";
}
