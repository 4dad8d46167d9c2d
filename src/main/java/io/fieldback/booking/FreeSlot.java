package io.fieldback.booking;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FreeSlot")
public record FreeSlot(UUID stationId, Instant startsAt, Instant endsAt, @Schema(description = "bays still free") int free,
        @Schema(nullable = true, description = "from the search point, in km; absent for one station's calendar") Double distanceKm) {
}
