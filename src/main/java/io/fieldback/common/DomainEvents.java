package io.fieldback.common;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Records domain events in the caller's transaction, and hands pending ones to their consumer. */
@ApplicationScoped
public class DomainEvents implements EventRecorder {

    private final ObjectMapper mapper;
    private final Duration readerLookback;
    private final Duration commitGrace;

    public DomainEvents(ObjectMapper mapper,
            @ConfigProperty(name = "fieldback.outbox.reader-lookback", defaultValue = "P7D") Duration readerLookback,
            @ConfigProperty(name = "fieldback.outbox.reader-commit-grace", defaultValue = "PT5M") Duration commitGrace) {
        this.mapper = mapper;
        this.readerLookback = readerLookback;
        this.commitGrace = commitGrace;
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
        event.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
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

    /**
     * A topic's consumer loop: hands every pending event of the topic to {@code handler}, one transaction
     * per event, and marks the event handled in that same transaction, so what the handler writes and the
     * mark commit together. Events are locked with {@code SKIP LOCKED}, so any number of instances (or
     * threads) may run this at once and each event is handled by one of them. An event whose handler fails
     * is logged, left pending for the next run and skipped for the rest of this one. Returns how many
     * events the handler reported as having produced something (it returns false for "already done").
     * The event's own handled mark serves one consumer per topic: the topic's first reader.
     */
    public int consume(String topic, Predicate<DomainEvent> handler) {
        return loop(topic, new HashMap<>(), failed -> lockPending(topic, failed.size() + 1).stream()
                .filter(e -> !failed.contains(e.id)).findFirst().orElse(null),
                event -> event.handledAt = Instant.now().truncatedTo(ChronoUnit.MICROS), handler);
    }

    /**
     * The same loop for a further reader of a topic: {@code consumer} keeps its own receipts, so several
     * features read the same events, each event once per consumer, with the same guarantees as
     * {@link #consume(String, Predicate)}. It reads events recorded within {@code lookback} of now: a new
     * consumer does not replay the whole history, and the scan stays short.
     * <p>
     * The scan starts at the reader's watermark when that is later (ReaderWatermarks): a run that ends
     * normally moves it to its own start less {@code fieldback.outbox.reader-commit-grace} (an event is dated
     * when recorded and may commit later, within a transaction's time-out), and never past the first event
     * whose handler failed in the run, so both are still found by the next run.
     */
    public int consume(String consumer, String topic, Duration lookback, Predicate<DomainEvent> handler) {
        Instant started = Instant.now();
        Instant mark = QuarkusTransaction.requiringNew().call(() -> ReaderWatermarks.position(consumer, topic));
        Instant lookbackStart = started.minus(lookback);
        Instant since = mark != null && mark.isAfter(lookbackStart) ? mark : lookbackStart;
        AtomicReference<DomainEvent> passed = new AtomicReference<>();
        Map<UUID, Instant> failed = new HashMap<>();
        int produced = loop(topic, failed, ids -> claimUnreceived(consumer, topic, since, passed), event -> {
        }, handler);
        Instant safe = failed.values().stream().reduce(started.minus(commitGrace),
                (a, b) -> a.isBefore(b) ? a : b);
        QuarkusTransaction.requiringNew().run(() -> ReaderWatermarks.advance(consumer, topic, safe));
        return produced;
    }

    /** A further reader of a topic, over the events of the configured look-back. */
    public int consume(String consumer, String topic, Predicate<DomainEvent> handler) {
        return consume(consumer, topic, readerLookback, handler);
    }

    /**
     * Claims the reader's next event by writing its receipt first, in the handler's transaction: the events'
     * rows are not locked, so the topic's first reader (which locks them) and every other reader never make
     * each other skip an event. A second instance of the same reader waits on the receipt's key and then
     * finds it taken (INSERT IGNORE: 0 rows).
     * <p>
     * A run walks the window once: it goes on after the last event it passed, so the events it (or another
     * instance) already received are not scanned again for every claim, and an event whose handler failed is
     * behind it. That event, and one that commits late with an earlier time, are found by the next run, which
     * starts from the window's start.
     */
    private static DomainEvent claimUnreceived(String consumer, String topic, Instant since,
            AtomicReference<DomainEvent> passed) {
        for (DomainEvent event : unreceived(consumer, topic, since, passed.get(), 16)) {
            passed.set(event);
            if (receive(consumer, event) == 1) {
                return event;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<DomainEvent> unreceived(String consumer, String topic, Instant since, DomainEvent after,
            int limit) {
        var query = Panache.getEntityManager().createNativeQuery("SELECT e.* FROM domain_events e WHERE e.topic = ?1 "
                + "AND e.created_at >= ?2 " + (after == null ? "" : "AND (e.created_at > ?2 OR e.id > ?5) ")
                + "AND NOT EXISTS (SELECT 1 FROM domain_event_receipts r WHERE r.consumer = ?3 AND r.event_id = e.id) "
                + "ORDER BY e.created_at, e.id LIMIT ?4", DomainEvent.class)
                .setParameter(1, topic).setParameter(2, after == null ? since : after.createdAt)
                .setParameter(3, consumer).setParameter(4, limit);
        if (after != null) {
            query.setParameter(5, after.id);
        }
        return query.getResultList();
    }

    private static int receive(String consumer, DomainEvent event) {
        return Panache.getEntityManager().createNativeQuery("INSERT IGNORE INTO domain_event_receipts (consumer, "
                + "event_id, received_at) VALUES (?1, ?2, ?3)").setParameter(1, consumer).setParameter(2, event.id)
                .setParameter(3, Instant.now().truncatedTo(ChronoUnit.MICROS)).executeUpdate();
    }

    /** {@code failed}: the events whose handler failed in this run (id, creation time), filled in here. */
    private int loop(String topic, Map<UUID, Instant> failed, Function<Set<UUID>, DomainEvent> claim,
            Consumer<DomainEvent> markHandled, Predicate<DomainEvent> handler) {
        AtomicReference<DomainEvent> current = new AtomicReference<>();
        int produced = 0;
        while (true) {
            current.set(null);
            Boolean result;
            try {
                result = QuarkusTransaction.requiringNew().call(() -> handleNext(claim, failed.keySet(), current,
                        markHandled, handler));
            } catch (RuntimeException e) {
                if (current.get() == null) {
                    throw e;
                }
                // e.g. a unique key hit when another consumer handled the same thing at the same moment:
                // the next run finds that done and marks the event handled
                Log.errorf(e, "could not handle %s event %s; retried on the next run", topic,
                        current.get().id);
                failed.put(current.get().id, current.get().createdAt);
                continue;
            }
            if (result == null) {
                return produced;
            }
            if (result) {
                produced++;
            }
        }
    }

    /** Claims the next event and hands it to the handler, in the caller's transaction; null when none is left. */
    private static Boolean handleNext(Function<Set<UUID>, DomainEvent> claim, Set<UUID> failed,
            AtomicReference<DomainEvent> current, Consumer<DomainEvent> markHandled, Predicate<DomainEvent> handler) {
        DomainEvent event = claim.apply(failed);
        if (event == null) {
            return null;
        }
        current.set(event);
        boolean done = handler.test(event);
        markHandled.accept(event);
        return done;
    }

    public <T> T payload(DomainEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
