package io.fieldback.common;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The topic's first reader: it locks pending events ({@code SKIP LOCKED}, so instances never wait on each other)
 * and marks them with the event's own handled time.
 */
final class PendingClaims implements OutboxClaims {

    private final String topic;
    private final Set<UUID> failed;

    /** {@code failed}: the events whose handler failed in this run, skipped for the rest of it. */
    PendingClaims(String topic, Set<UUID> failed) {
        this.topic = topic;
        this.failed = failed;
    }

    @Override
    public List<DomainEvent> claim(int limit) {
        return DomainEvents.lockPending(topic, failed.size() + limit).stream()
                .filter(e -> !failed.contains(e.id)).limit(limit).toList();
    }

    @Override
    public void handled(List<DomainEvent> events) {
        Object[] values = new Object[events.size() + 1];
        values[0] = BaseEntity.stampNow();
        for (int i = 0; i < events.size(); i++) {
            values[i + 1] = events.get(i).id;
        }
        JdbcBatch.update("UPDATE domain_events SET handled_at = ? WHERE id IN (" + JdbcBatch.idMarks(events.size())
                + ")", values);
    }

    @Override
    public void released() {
        // the rolled-back locks are gone: the same pending events come first again
    }
}
