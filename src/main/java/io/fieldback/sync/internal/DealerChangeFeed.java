package io.fieldback.sync.internal;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvent;
import io.fieldback.common.DomainEvents;
import io.fieldback.sync.ChangeFeed;
import io.fieldback.visit.VisitCompleted;
import io.fieldback.visit.VisitStatusChanged;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The dealers' change feed over the domain events that carry a dealer. Event ids are allocated before
 * their transaction commits, so reading by id could pass a gap that a slower writer fills later.
 * Instead a sequencer numbers events only once they are committed, one run at a time under a row lock;
 * numbers therefore always form a committed, gap-free prefix, and a reader can never skip one.
 */
@ApplicationScoped
public class DealerChangeFeed {

    private final ObjectMapper mapper;
    private final DomainEvents events;
    private final SyncConfig config;

    public DealerChangeFeed(ObjectMapper mapper, DomainEvents events, SyncConfig config) {
        this.mapper = mapper;
        this.events = events;
        this.config = config;
    }

    /** Numbers committed, unnumbered events in id order; returns how many. Safe with several instances. */
    public int sequence() {
        return sequence(false);
    }

    /**
     * {@code wait}: a reader waits for another instance's numbering to commit rather than skip it, so it
     * sees every event committed before its read (the background job skips instead).
     */
    private int sequence(boolean wait) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = Panache.getEntityManager();
            @SuppressWarnings("unchecked")
            List<Object> locked = em.createNativeQuery("SELECT last_seq FROM feed_sequencer WHERE name = 'dealer' "
                    + (wait ? "FOR UPDATE" : "FOR UPDATE SKIP LOCKED")).getResultList();
            if (locked.isEmpty()) {
                return 0; // another instance is numbering right now
            }
            long last = ((Number) locked.get(0)).longValue();
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("SELECT feed_pending_id FROM domain_events "
                    + "WHERE feed_pending_id IS NOT NULL ORDER BY feed_pending_id LIMIT ?1")
                    .setParameter(1, config.sequencerBatch())
                    .getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            number(em, ids, last + 1);
            em.createNativeQuery("UPDATE feed_sequencer SET last_seq = ?1 WHERE name = 'dealer'")
                    .setParameter(1, last + ids.size()).executeUpdate();
            return ids.size();
        });
    }

    /**
     * Gives the pending events consecutive numbers from {@code first}, in id order, in one statement: a JDBC batch
     * of one UPDATE per event cost the database twice as much (a bulk upsert's thousands of events are numbered
     * while the next request writes, issue 21). The rows are the ones read above, by primary key, so only committed
     * events are locked; ORDER BY makes the counter follow the ids.
     */
    private static void number(jakarta.persistence.EntityManager em, List<Object> ids, long first) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement start = connection.prepareStatement("SET @feed_seq = ?")) {
                start.setLong(1, first - 1);
                start.execute();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE domain_events"
                    + " SET dealer_feed_seq = (@feed_seq := @feed_seq + 1) WHERE id IN ("
                    + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY id")) {
                int at = 1;
                for (Object id : ids) {
                    update.setBytes(at++, (byte[]) id);
                }
                int numbered = update.executeUpdate();
                if (numbered != ids.size()) {
                    throw new IllegalStateException("numbered " + numbered + " of " + ids.size() + " feed events");
                }
            }
        });
    }

    @Scheduled(every = "${fieldback.sync.sequencer-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sequenceInBackground() {
        while (sequence() == config.sequencerBatch()) {
            // keep numbering while a backlog remains
        }
    }

    /** Events for one dealer after a cursor, oldest first. Reading twice from a cursor gives the same events. */
    public ChangeFeed read(UUID dealerId, String after, int limit) {
        long from = parse(after);
        while (sequence(true) == config.sequencerBatch()) {
            // a backlog larger than a batch: number all of it before reading
        }
        List<DomainEvent> rows = QuarkusTransaction.requiringNew().call(() -> DomainEvent.<DomainEvent>find(
                "dealerId = ?1 and dealerFeedSeq > ?2 order by dealerFeedSeq", dealerId, from)
                .page(0, limit + 1).list());
        boolean more = rows.size() > limit;
        List<ChangeFeed.Change> items = new ArrayList<>();
        for (DomainEvent row : more ? rows.subList(0, limit) : rows) {
            items.add(item(row));
        }
        String next = items.isEmpty() ? (after == null || after.isEmpty() ? "0" : after)
                : items.get(items.size() - 1).cursor();
        return new ChangeFeed(items, next, more);
    }

    /** A completion is stored once, as visit.completed; dealers see the status change it carries. */
    private ChangeFeed.Change item(DomainEvent row) {
        String cursor = Long.toString(row.dealerFeedSeq);
        if (VisitCompleted.TOPIC.equals(row.topic)) {
            VisitStatusChanged change = events.payload(row, VisitCompleted.class).statusChange();
            return new ChangeFeed.Change(cursor, VisitStatusChanged.TOPIC, row.aggregateId, row.createdAt,
                    mapper.valueToTree(change));
        }
        return new ChangeFeed.Change(cursor, row.topic, row.aggregateId, row.createdAt,
                events.payload(row, JsonNode.class));
    }

    private static long parse(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            long value = Long.parseLong(cursor);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("after", "not a cursor this feed issued");
        }
    }
}
