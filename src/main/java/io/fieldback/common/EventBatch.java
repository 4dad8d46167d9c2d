package io.fieldback.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A bulk write's domain events ({@link DomainEvents#batch()}): the same rows {@link DomainEvents#record} writes,
 * kept in memory and inserted by {@link #write} as multi-row statements of literals ({@link InsertText}) in the
 * caller's transaction, so thousands of events cost a statement or a few instead of an entity each (a JSON payload
 * is never plain text: it goes as hex).
 */
public final class EventBatch implements EventRecorder {

    private final DomainEvents events;
    private final List<DomainEvent> rows = new ArrayList<>();

    EventBatch(DomainEvents events) {
        this.events = events;
    }

    @Override
    public DomainEvent record(String topic, UUID aggregateId, UUID dealerId, Object payload) {
        DomainEvent event = events.event(topic, aggregateId, dealerId, payload);
        rows.add(event);
        return event;
    }

    /** Inserts the events recorded since the last write, on the transaction's connection. */
    public void write(Connection c) throws SQLException {
        InsertText.insert(c, "INSERT INTO domain_events (id, topic, aggregate_id, dealer_id, payload, created_at)"
                + " VALUES ", "", rows, (v, e) -> v.add(e.id, e.topic, e.aggregateId, e.dealerId, e.payload, e.createdAt));
        Map<String, Integer> byTopic = new TreeMap<>();
        rows.forEach(e -> byTopic.merge(e.topic, 1, Integer::sum));
        byTopic.forEach((topic, n) -> BusinessMetrics.count(BusinessMetrics.EVENTS, n, "topic", topic));
        rows.clear();
    }
}
