package io.fieldback.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A consumer's run over a topic: claims up to {@code batch} events per transaction, hands the batch to the handler
 * (which may read what it needs for all of them at once) and marks them all handled in that transaction, so one
 * commit covers a batch instead of one per event.
 * <p>
 * A batch whose handler (or commit) fails rolls back whole, and its events are then taken one per transaction,
 * as many as the batch held (the handler then gets a list of one): the failing one is isolated (logged, left for the
 * next run and recorded in {@code failed}), the others commit once each. A handler may therefore be called twice for
 * an event of a failed batch, but what it writes in the transaction commits once.
 * <p>
 * Every transaction waits for its turn at the {@link ReaderGate}, so the instance's consumers take turns.
 */
final class OutboxLoop {

    private final String topic;
    private final int batch;
    private final ReaderGate gate;
    private final OutboxClaims claims;
    private final Map<UUID, Instant> failed;

    OutboxLoop(String topic, int batch, ReaderGate gate, OutboxClaims claims, Map<UUID, Instant> failed) {
        this.topic = topic;
        this.batch = Math.max(1, batch);
        this.gate = gate;
        this.claims = claims;
        this.failed = failed;
    }

    /** How many events the handler reported as having produced something, counted on commit only. */
    int run(ToIntFunction<List<DomainEvent>> handler) {
        int produced = 0;
        int singles = 0;
        while (true) {
            int limit = singles > 0 ? 1 : batch;
            List<DomainEvent> claimed = new ArrayList<>();
            Integer done;
            try {
                done = gate.batch(
                        () -> QuarkusTransaction.requiringNew().call(() -> handleBatch(limit, claimed, handler)));
            } catch (OutboxClaims.Contended e) {
                singles = batch;
                continue;
            } catch (RuntimeException e) {
                if (claimed.isEmpty()) {
                    throw e;
                }
                singles = afterFailure(claimed, e, singles);
                continue;
            }
            if (done == null) {
                return produced;
            }
            produced += done;
            singles = Math.max(0, singles - claimed.size());
        }
    }

    /** The singles still to take after a failed transaction. */
    private int afterFailure(List<DomainEvent> claimed, RuntimeException e, int singles) {
        if (claimed.size() > 1) {
            claims.released();
            Log.debugf(e, "a batch of %d %s events failed; taking them one at a time", claimed.size(), topic);
            return claimed.size();
        }
        DomainEvent event = claimed.get(0);
        // e.g. a unique key hit when another consumer handled the same thing at the same moment:
        // the next run finds that done and marks the event handled
        Log.errorf(e, "could not handle %s event %s; retried on the next run", topic, event.id);
        failed.put(event.id, event.createdAt);
        return Math.max(0, singles - 1);
    }

    /** Claims the next batch and hands it to the handler, in the caller's transaction; null when none is left. */
    private Integer handleBatch(int limit, List<DomainEvent> claimed, ToIntFunction<List<DomainEvent>> handler) {
        List<DomainEvent> events = claims.claim(limit);
        if (events.isEmpty()) {
            return null;
        }
        claimed.addAll(events);
        int produced = handler.applyAsInt(List.copyOf(events));
        claims.handled(events);
        return produced;
    }

    /** A handler of one event at a time as a batch handler: counts the events it reports as having produced something. */
    static ToIntFunction<List<DomainEvent>> eachOf(Predicate<DomainEvent> handler) {
        return events -> {
            int produced = 0;
            for (DomainEvent event : events) {
                produced += handleOne(handler, event, events.size() > 1) ? 1 : 0;
            }
            return produced;
        };
    }

    private static boolean handleOne(Predicate<DomainEvent> handler, DomainEvent event, boolean ofSeveral) {
        boolean produced = handler.test(event);
        if (ofSeveral) {
            // the next event's handler sees this one's writes through any read path (plain JDBC too),
            // as it did with a transaction per event; and the session starts empty for it, so each flush
            // dirty-checks one event's entities, not every entity the batch has loaded so far
            Panache.getEntityManager().flush();
            Panache.getEntityManager().clear();
        }
        return produced;
    }
}
