package io.fieldback.complaint;

import java.time.Instant;
import java.util.UUID;

/** A step of a complaint, as the dealer change feed reports it. */
public record ComplaintStatusChanged(UUID complaintId, UUID customerId, UUID visitId,
            ComplaintStatus from, ComplaintStatus to, Instant at) {

    public static final String TOPIC = "complaint.status-changed";
}
