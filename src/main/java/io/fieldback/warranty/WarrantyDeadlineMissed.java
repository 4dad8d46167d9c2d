package io.fieldback.warranty;

import java.time.Instant;
import java.util.UUID;

/** A claim missed a deadline: SUBMISSION (N days after the repair) or DECISION (M days after submission). */
public record WarrantyDeadlineMissed(UUID claimId, String claimNumber, UUID stationId, UUID dealerId, String deadline,
        ClaimStatus status, Instant dueAt, Instant breachedAt) {

    public static final String TOPIC = "warranty.deadline-missed";
}
