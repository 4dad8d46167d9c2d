package io.fieldback.common;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A further reader of a topic: claims events by writing its receipts first, in the handlers' transaction. The
 * events' rows are not locked, so the topic's first reader (which locks them) and every other reader never make
 * each other skip an event. A second instance of the same reader waits on a receipt's key and then finds it
 * taken (INSERT IGNORE: fewer rows than the batch).
 * <p>
 * A run walks the window once: it goes on after the last event it passed, so the events it (or another
 * instance) already received are not scanned again for every claim, and an event whose handler failed is behind
 * it. That event, and one that commits late with an earlier time, are found by the next run, which starts from
 * the window's start (or the reader's watermark).
 */
final class ReceiptClaims implements OutboxClaims {

    private final String consumer;
    private final String topic;
    private final Instant since;
    private DomainEvent passed;
    private DomainEvent batchStart;

    ReceiptClaims(String consumer, String topic, Instant since) {
        this.consumer = consumer;
        this.topic = topic;
        this.since = since;
    }

    @Override
    public List<DomainEvent> claim(int limit) {
        while (true) {
            List<DomainEvent> next = unreceived(limit);
            if (next.isEmpty()) {
                return next;
            }
            batchStart = passed;
            passed = next.get(next.size() - 1);
            int got = receive(next);
            if (got == next.size()) {
                return next;
            }
            if (got > 0) {
                passed = batchStart;
                throw new Contended();
            }
            // all taken by another instance of this reader: nothing of ours to undo, go on after them
        }
    }

    @Override
    public void handled(List<DomainEvent> events) {
        // the receipts written by the claim are the mark
    }

    @Override
    public void released() {
        passed = batchStart;
    }

    @SuppressWarnings("unchecked")
    private List<DomainEvent> unreceived(int limit) {
        DomainEvent after = passed;
        // "after (created_at, id)" spelled as two ranges of ix_domain_events_topic_created: written as "created_at > ?
        // OR id > ?", the index range started at the first event of that time, and a bulk request's thousands of
        // events share one time, so every claim of a batch rescanned the batch's events before it (issue 21)
        var query = Panache.getEntityManager().createNativeQuery("SELECT e.* FROM domain_events e WHERE e.topic = ?1 "
                + "AND e.created_at >= ?2 "
                + (after == null ? "" : "AND (e.created_at > ?2 OR (e.created_at = ?2 AND e.id > ?5)) ")
                + "AND NOT EXISTS (SELECT 1 FROM domain_event_receipts r WHERE r.consumer = ?3 AND r.event_id = e.id) "
                + "ORDER BY e.created_at, e.id LIMIT ?4", DomainEvent.class)
                .setParameter(1, topic).setParameter(2, after == null ? since : after.createdAt)
                .setParameter(3, consumer).setParameter(4, limit);
        if (after != null) {
            query.setParameter(5, after.id);
        }
        return query.getResultList();
    }

    /** One multi-row INSERT IGNORE of the batch's receipts; how many were ours to write. */
    private int receive(List<DomainEvent> events) {
        Object[] values = new Object[events.size() * 3];
        Instant now = BaseEntity.stampNow();
        for (int i = 0; i < events.size(); i++) {
            values[3 * i] = consumer;
            values[3 * i + 1] = events.get(i).id;
            values[3 * i + 2] = now;
        }
        return JdbcBatch.update("INSERT IGNORE INTO domain_event_receipts (consumer, event_id, received_at) VALUES "
                + JdbcBatch.rows(events.size(), "?, " + JdbcBatch.ID + ", ?"), values);
    }
}
