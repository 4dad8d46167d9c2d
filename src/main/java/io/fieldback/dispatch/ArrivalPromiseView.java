package io.fieldback.dispatch;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit's dispatch facts: the job's site, window and duration, and when a technician is promised on site. */
@Schema(name = "DispatchDetails")
public record ArrivalPromiseView(UUID visitId, UUID stationId, UUID customerId,
        @Schema(nullable = true, description = "absent: the station's position") Double latitude,
        @Schema(nullable = true) Double longitude, Instant windowStart, Instant windowEnd, int durationMinutes,
        Instant requestedAt, Instant promisedBy, @Schema(nullable = true) Instant arrivedAt,
        @Schema(description = "ON_TIME, LATE, OPEN (still ahead) or OVERDUE (no one there yet, promise broken)") String promise,
        long version) {
}
