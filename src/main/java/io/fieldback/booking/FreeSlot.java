package io.fieldback.booking;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.fieldback.common.InstantText;

@Schema(name = "FreeSlot")
public record FreeSlot(UUID stationId, @JsonSerialize(using = InstantText.class) Instant startsAt,
        @JsonSerialize(using = InstantText.class) Instant endsAt, @Schema(description = "bays still free") int free,
        @Schema(nullable = true, description = "from the search point, in km; absent for one station's calendar") Double distanceKm) {
}
