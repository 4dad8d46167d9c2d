package io.fieldback.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment was confirmed ({@link #CONFIRMED}) or changed afterwards ({@link #CHANGED}: cancelled,
 * rescheduled, checked in, no-show, completed); the notifications feature tells the customer.
 */
public record BookingChanged(UUID appointmentId, UUID customerId, UUID equipmentId, UUID stationId, Instant startsAt,
        AppointmentStatus status, AppointmentStatus previousStatus, String reason) {

    public static final String CONFIRMED = "booking.confirmed";
    public static final String CHANGED = "booking.changed";
}
