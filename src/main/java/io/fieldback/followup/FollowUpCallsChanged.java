package io.fieldback.followup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Follow-up calls changed in a way that counts in the figures: created, moved on (status, attempts, answers,
 * the perfunctory flag) or given new facts copied from the customer. Fired as a CDI event inside the
 * transaction that makes the change, so a listener's work (the insights read model) commits or rolls back
 * with it. {@code dueTimes} are the due times of the calls that changed; {@code customerId}, when set, says
 * that any call of that customer may have changed.
 */
public record FollowUpCallsChanged(List<Instant> dueTimes, UUID customerId) {

    public static FollowUpCallsChanged due(Collection<Instant> dueTimes) {
        return new FollowUpCallsChanged(List.copyOf(dueTimes), null);
    }

    public static FollowUpCallsChanged due(Instant dueAt) {
        return new FollowUpCallsChanged(List.of(dueAt), null);
    }

    public static FollowUpCallsChanged ofCustomer(UUID customerId) {
        return new FollowUpCallsChanged(List.of(), customerId);
    }
}
