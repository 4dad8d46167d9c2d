package io.fieldback.complaint;

import java.time.Instant;
import java.util.UUID;

/** Recorded when a complaint closes; follow-up plans its second-satisfaction call from it. */
public record ComplaintClosed(UUID complaintId, UUID customerId, UUID visitId, Category category,
            Instant closedAt, int closure, UUID equipmentId) {

    public static final String TOPIC = "complaint.closed";
}
