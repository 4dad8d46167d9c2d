package io.fieldback.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;

/** Records domain events in the caller's transaction, and hands pending ones to their consumer. */
@ApplicationScoped
public class DomainEvents {

    private final ObjectMapper mapper;

    public DomainEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Must run inside the transaction that makes the change the event reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DomainEvent record(String topic, UUID aggregateId, UUID dealerId, Object payload) {
        DomainEvent event = new DomainEvent();
        event.id = UuidV7.next();
        event.topic = topic;
        event.aggregateId = aggregateId;
        event.dealerId = dealerId;
        try {
            event.payload = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        event.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        event.persist();
        BusinessMetrics.count(BusinessMetrics.EVENTS, "topic", topic);
        return event;
    }

    /**
     * Locks up to {@code limit} pending events of a topic for the current transaction. Rows another
     * instance has locked are skipped, so several instances can consume the same topic safely.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<DomainEvent> lockPending(String topic, int limit) {
        return Panache.getEntityManager()
                .createNativeQuery("SELECT * FROM domain_events WHERE topic = ?1 AND handled_at IS NULL "
                        + "ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED", DomainEvent.class)
                .setParameter(1, topic).setParameter(2, limit).getResultList();
    }

    public <T> T payload(DomainEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
