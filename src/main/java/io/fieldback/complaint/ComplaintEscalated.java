package io.fieldback.complaint;

import java.time.Instant;
import java.util.UUID;

/** A missed deadline escalated to a department: what a notifier needs to tell the supervisor. */
public record ComplaintEscalated(UUID complaintId, ClockKind clock, Instant dueAt, String departmentCode,
            String supervisorName, String supervisorContact) {

    public static final String TOPIC = "complaint.escalated";
}
