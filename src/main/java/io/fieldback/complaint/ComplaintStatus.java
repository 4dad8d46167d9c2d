package io.fieldback.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow. Forward: received, contacted, investigating, remedy proposed, customer confirmed,
 * remedy done, verified, closed. Two steps back are allowed because the business needs them: a
 * customer may reject the proposed remedy, and quality may find that the remedy did not work; both
 * return the complaint to investigation. A closed complaint is reopened when the fault recurs, and
 * is investigated again.
 */
public enum ComplaintStatus {
    RECEIVED, CONTACTED, INVESTIGATING, REMEDY_PROPOSED, CUSTOMER_CONFIRMED, REMEDY_DONE, VERIFIED, CLOSED,
    REOPENED;

    /** The statuses this one may move to. */
    public Set<ComplaintStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(CONTACTED);
            case CONTACTED -> EnumSet.of(INVESTIGATING);
            case INVESTIGATING -> EnumSet.of(REMEDY_PROPOSED);
            case REMEDY_PROPOSED -> EnumSet.of(CUSTOMER_CONFIRMED, INVESTIGATING);
            case CUSTOMER_CONFIRMED -> EnumSet.of(REMEDY_DONE);
            case REMEDY_DONE -> EnumSet.of(VERIFIED, INVESTIGATING);
            case VERIFIED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(REOPENED);
            case REOPENED -> EnumSet.of(INVESTIGATING);
        };
    }

    public boolean canMoveTo(ComplaintStatus target) {
        return next().contains(target);
    }
}
