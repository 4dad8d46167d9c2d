package io.fieldback.campaign;

/** NOT_STARTED → NOTIFIED → BOOKED → DONE | NOT_REACHABLE | NOT_APPLICABLE; the last three close the item. */
public enum ItemState {
    NOT_STARTED, NOTIFIED, BOOKED, DONE, NOT_REACHABLE, NOT_APPLICABLE;

    public boolean closed() {
        return this == DONE || this == NOT_REACHABLE || this == NOT_APPLICABLE;
    }
}
