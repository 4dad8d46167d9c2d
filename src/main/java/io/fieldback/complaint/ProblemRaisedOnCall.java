package io.fieldback.complaint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A problem raised on a follow-up call, handed to complaint intake (FollowUpIntake opens a complaint from it).
 * Follow-up publishes it, but the record lives here, as complaint intake's input: the dependency then runs one way,
 * follow-up → complaint, and the categories are complaint's own.
 */
public record ProblemRaisedOnCall(UUID escalationId, UUID followUpId, UUID customerId, UUID visitId,
        UUID equipmentId, String productLine, Category category, Severity severity, String text, List<String> items,
        Instant raisedAt) {

    /** Kept from when the payload was follow-up's own: stored events carry this topic. */
    public static final String TOPIC = "followup.escalated";
}
