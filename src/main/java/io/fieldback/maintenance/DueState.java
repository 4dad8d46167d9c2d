package io.fieldback.maintenance;

/** UPCOMING → DUE → OVERDUE → BOOKED → DONE | WAIVED. */
public enum DueState {
    UPCOMING, DUE, OVERDUE, BOOKED, DONE, WAIVED;

    public boolean open() {
        return this != DONE && this != WAIVED;
    }
}
