package io.fieldback.visit;

/** Entries of a visit's timeline. The first four move the visit's status; the others document it. */
public enum VisitEventType {
    DISPATCHED, ARRIVED, COMPLETED, CANCELLED, DIAGNOSED, PART_USED, NOTE, PHOTO_ADDED;

    public boolean changesStatus() {
        return this == DISPATCHED || this == ARRIVED || this == COMPLETED || this == CANCELLED;
    }
}
