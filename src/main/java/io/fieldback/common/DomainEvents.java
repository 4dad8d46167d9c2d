package io.fieldback.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Records domain events in the caller's transaction, and hands pending ones to their consumer. */
@ApplicationScoped
public class DomainEvents implements EventRecorder {

    private static final int RECENT_PAYLOADS = 10_000;

    private final ObjectMapper mapper;
    private final Duration readerLookback;
    private final Duration commitGrace;
    private final int consumeBatch;
    private final ReaderGate gate;
    /** The latest payloads read, oldest dropped first; a bulk upsert's backlog is read in step by its readers. */
    private final Map<UUID, Object> recentPayloads = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Object> eldest) {
            return size() > RECENT_PAYLOADS;
        }
    });

    public DomainEvents(ObjectMapper mapper, ReaderGate gate,
            @ConfigProperty(name = "fieldback.outbox.reader-lookback", defaultValue = "P7D") Duration readerLookback,
            @ConfigProperty(name = "fieldback.outbox.reader-commit-grace", defaultValue = "PT5M") Duration commitGrace,
            @ConfigProperty(name = "fieldback.outbox.consume-batch", defaultValue = "200") int consumeBatch) {
        this.mapper = mapper;
        this.readerLookback = readerLookback;
        this.commitGrace = commitGrace;
        this.consumeBatch = consumeBatch;
        this.gate = gate;
    }

    /** Must run inside the transaction that makes the change the event reports. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public DomainEvent record(String topic, UUID aggregateId, UUID dealerId, Object payload) {
        DomainEvent event = event(topic, aggregateId, dealerId, payload);
        event.persist();
        BusinessMetrics.count(BusinessMetrics.EVENTS, "topic", topic);
        return event;
    }

    /** Events recorded for one JDBC batch (a bulk write's), inserted when the caller says, in its transaction. */
    public EventBatch batch() {
        return new EventBatch(this);
    }

    /** The event's row, not yet stored. */
    DomainEvent event(String topic, UUID aggregateId, UUID dealerId, Object payload) {
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
        event.createdAt = BaseEntity.stampNow();
        return event;
    }

    /**
     * Locks up to {@code limit} pending events of a topic for the current transaction. Rows another
     * instance has locked are skipped, so several instances can consume the same topic safely.
     */
    @SuppressWarnings("unchecked")
    public static List<DomainEvent> lockPending(String topic, int limit) {
        return Panache.getEntityManager()
                .createNativeQuery("SELECT * FROM domain_events WHERE topic = ?1 AND handled_at IS NULL "
                        + "ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED", DomainEvent.class)
                .setParameter(1, topic).setParameter(2, limit).getResultList();
    }

    /**
     * A topic's consumer loop: hands every pending event of the topic to {@code handler}, up to
     * {@code fieldback.outbox.consume-batch} events per transaction (OutboxLoop), and marks them handled in that
     * same transaction, so what the handler writes and the mark commit together. Events are locked with
     * {@code SKIP LOCKED}, so any number of instances (or threads) may run this at once and each event is
     * handled by one of them. A batch whose handler fails is rolled back and its events are taken one per
     * transaction, so only the failing one is logged, left pending for the next run and skipped for the rest of
     * this one. Returns how many events the handler reported as having produced something (it returns false for
     * "already done"). The event's own handled mark serves one consumer per topic: the topic's first reader.
     */
    public int consume(String topic, Predicate<DomainEvent> handler) {
        return consumeBatches(topic, OutboxLoop.eachOf(handler));
    }

    /**
     * {@link #consume(String, Predicate)} with a handler of the whole claimed batch (oldest first), so that it reads
     * what the batch needs in one query instead of one per event; it returns how many events produced something.
     * The guarantees are the same: when a batch fails it is rolled back and its events are handed over again one per
     * transaction (a list of one), so the handler must not assume more than one event.
     */
    public int consumeBatches(String topic, ToIntFunction<List<DomainEvent>> handler) {
        Map<UUID, Instant> failed = new HashMap<>();
        return new OutboxLoop(topic, consumeBatch, gate, new PendingClaims(topic, failed.keySet()), failed)
                .run(handler);
    }

    /**
     * The same loop for a further reader of a topic: {@code consumer} keeps its own receipts (ReceiptClaims), so
     * several features read the same events, each event once per consumer, with the same guarantees as
     * {@link #consume(String, Predicate)}. It reads events recorded within {@code lookback} of now: a new
     * consumer does not replay the whole history, and the scan stays short.
     * <p>
     * The scan starts at the reader's watermark when that is later (ReaderWatermarks): a run that ends
     * normally moves it to its own start less {@code fieldback.outbox.reader-commit-grace} (an event is dated
     * when recorded and may commit later, within a transaction's time-out), and never past the first event
     * whose handler failed in the run, so both are still found by the next run.
     */
    public int consume(String consumer, String topic, Duration lookback, Predicate<DomainEvent> handler) {
        return consumeBatches(consumer, topic, lookback, OutboxLoop.eachOf(handler));
    }

    /** {@link #consume(String, String, Duration, Predicate)} with a handler of the whole claimed batch (see above). */
    public int consumeBatches(String consumer, String topic, Duration lookback,
            ToIntFunction<List<DomainEvent>> handler) {
        Instant started = Instant.now();
        Instant mark = QuarkusTransaction.requiringNew().call(() -> ReaderWatermarks.position(consumer, topic));
        Instant lookbackStart = started.minus(lookback);
        Instant since = mark != null && mark.isAfter(lookbackStart) ? mark : lookbackStart;
        Map<UUID, Instant> failed = new HashMap<>();
        int produced = new OutboxLoop(topic, consumeBatch, gate, new ReceiptClaims(consumer, topic, since), failed)
                .run(handler);
        Instant safe = failed.values().stream().reduce(started.minus(commitGrace),
                (a, b) -> a.isBefore(b) ? a : b);
        QuarkusTransaction.requiringNew().run(() -> ReaderWatermarks.advance(consumer, topic, safe));
        return produced;
    }

    /** A further reader of a topic, over the events of the configured look-back. */
    public int consume(String consumer, String topic, Predicate<DomainEvent> handler) {
        return consume(consumer, topic, readerLookback, handler);
    }

    /** A further reader of a topic handling whole batches, over the events of the configured look-back. */
    public int consumeBatches(String consumer, String topic, ToIntFunction<List<DomainEvent>> handler) {
        return consumeBatches(consumer, topic, readerLookback, handler);
    }

    /** The payloads of a batch of events, in its order. */
    public <T> List<T> payloads(List<DomainEvent> batch, Class<T> type) {
        return batch.stream().map(event -> payload(event, type)).toList();
    }

    /**
     * An event's payload as {@code type}. A record is read once and then kept among the recent ones: the four
     * readers of visit.completed read the same events within seconds of each other, and parsing each payload once
     * per reader was 15% of the app's CPU after a bulk upsert (issue 21). A stored payload never changes; readers
     * share the record, so they treat it as read-only (its lists included).
     */
    public <T> T payload(DomainEvent event, Class<T> type) {
        if (!type.isRecord()) {
            return read(event.payload, type);
        }
        Object known = recentPayloads.get(event.id);
        if (type.isInstance(known)) {
            return type.cast(known);
        }
        T read = read(event.payload, type);
        recentPayloads.put(event.id, read);
        return read;
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return mapper.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
