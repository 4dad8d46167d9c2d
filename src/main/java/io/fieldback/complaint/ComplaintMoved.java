package io.fieldback.complaint;

import java.time.Instant;

/**
 * A step a complaint took: from where to where and when, the deadline the step met (null when none), and
 * the closure it made (null unless it closed the complaint), for the workflow to record and publish.
 */
record ComplaintMoved(ComplaintStatus from, ComplaintStatus to, Instant at, ClockKind metClock,
        ComplaintClosed closed) {
}
