package io.fieldback.booking.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppointmentRequest", example = """
        {"stationId": "01936f6e-5b7a-7c3e-8f00-000000000002", "equipmentId": "01936f6e-5b7a-7c3e-8f00-000000000011",
         "startsAt": "2026-12-08T01:00:00Z", "hold": false}""")
record BookRequest(@NotNull UUID stationId, @NotNull UUID equipmentId,
        @NotNull @Schema(description = "the start of one of the station's free slots") Instant startsAt,
        @Schema(description = "true: HELD for a few minutes (confirm it with POST …/confirm); default false: CONFIRMED") Boolean hold,
        @Schema(description = "the maintenance item served; default the machine's open item", nullable = true) UUID dueItemId) {
}
