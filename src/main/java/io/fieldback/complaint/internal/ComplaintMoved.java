package io.fieldback.complaint.internal;

import java.time.Instant;

import io.fieldback.complaint.ClockKind;
import io.fieldback.complaint.ComplaintClosed;
import io.fieldback.complaint.ComplaintStatus;

/**
 * A step a complaint took: from where to where and when, the deadline the step met (null when none), and
 * the closure it made (null unless it closed the complaint), for the workflow to record and publish.
 */
record ComplaintMoved(ComplaintStatus from, ComplaintStatus to, Instant at, ClockKind metClock,
        ComplaintClosed closed) {

    /** The deadline a step to {@code status} meets, or null (the corrective report is met by the investigation). */
    static ClockKind metBy(ComplaintStatus status) {
        return switch (status) {
            case CONTACTED -> ClockKind.FIRST_CONTACT;
            case REMEDY_PROPOSED -> ClockKind.REPLY;
            default -> null;
        };
    }
}
