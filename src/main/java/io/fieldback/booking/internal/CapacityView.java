package io.fieldback.booking.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "StationCapacity")
record CapacityView(UUID id, UUID stationId, int slotMinutes, int bays, List<CapacityRequest.Opening> openingHours,
        List<CapacityRequest.Closure> closures, long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
