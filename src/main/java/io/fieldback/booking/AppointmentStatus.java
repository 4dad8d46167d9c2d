package io.fieldback.booking;

import java.util.List;

/** HELD → CONFIRMED → CHECKED_IN → COMPLETED | NO_SHOW | CANCELLED | RESCHEDULED. */
public enum AppointmentStatus {
    HELD, CONFIRMED, CHECKED_IN, COMPLETED, NO_SHOW, CANCELLED, RESCHEDULED;

    /** Whether the appointment still takes its slot's capacity. */
    public boolean takesCapacity() {
        return this == HELD || this == CONFIRMED || this == CHECKED_IN || this == COMPLETED || this == NO_SHOW;
    }

    public List<AppointmentStatus> next() {
        return switch (this) {
            case HELD -> List.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> List.of(CHECKED_IN, NO_SHOW, CANCELLED, RESCHEDULED);
            case CHECKED_IN -> List.of(COMPLETED);
            default -> List.of();
        };
    }
}
