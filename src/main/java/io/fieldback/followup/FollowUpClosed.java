package io.fieldback.followup;

import java.time.Instant;
import java.util.UUID;

/** Recorded when a call closes (completed, refused, unreachable): the dealer change feed carries it. */
public record FollowUpClosed(UUID followUpId, UUID visitId, UUID customerId, UUID dealerId, FollowUpStatus status,
            CloseReason closeReason, Instant closedAt, Integer questionnaireVersion, boolean perfunctory,
            UUID escalationId) {

    public static final String TOPIC = "followup.closed";
}
