package io.fieldback.booking;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Appointment")
public record AppointmentView(UUID id, UUID stationId, UUID dealerId, UUID customerId, UUID equipmentId,
        @Schema(nullable = true, description = "the maintenance item this appointment serves") UUID dueItemId,
        Instant startsAt, Instant endsAt, AppointmentStatus status,
        @Schema(nullable = true, description = "a HELD slot is released after this") Instant holdUntil,
        @Schema(nullable = true, description = "the visit opened at check-in") UUID visitId,
        @Schema(nullable = true, description = "the appointment that replaced this one") UUID rescheduledTo,
        @Schema(nullable = true) String cancelReason, Instant bookedAt, long version, Instant createdAt,
        Instant updatedAt) implements Versioned {
}
