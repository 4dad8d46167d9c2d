package io.fieldback.dispatch;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Assignment")
public record AssignmentView(UUID id, UUID visitId, UUID technicianId, UUID stationId, UUID customerId,
        AssignmentStatus status, boolean pinned,
        @Schema(nullable = true, description = "from a day plan") Instant plannedStart,
        @Schema(nullable = true, description = "position in the technician's day, from a day plan") Integer sequence,
        @Schema(nullable = true) UUID planId, @Schema(nullable = true, description = "announced by the phone") Instant eta,
        @Schema(nullable = true) String note, long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
