package io.fieldback.common;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many outbox readers of this instance run a batch at once ({@code fieldback.outbox.readers-at-once}).
 * Readers are background work: a dealer's bulk upsert records thousands of events in one commit, and the five
 * readers of {@code visit.completed} then working through them together held both cores of a small machine while
 * the next requests waited (issue 21). Through the gate they take turns batch by batch, in arrival order, so no
 * reader starves another and requests keep the rest of the machine; a burst's backlog is worked off after it.
 */
@ApplicationScoped
public class ReaderGate {

    private final Semaphore turns;
    /** A batch whose handler runs another reader's loop already holds a turn: it must not wait for a second. */
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    ReaderGate(@ConfigProperty(name = "fieldback.outbox.readers-at-once", defaultValue = "1") int readersAtOnce) {
        this.turns = new Semaphore(Math.max(1, readersAtOnce), true);
    }

    /** Runs one reader's batch when its turn comes. */
    <T> T batch(Supplier<T> batch) {
        if (holding.get()) {
            return batch.get();
        }
        turns.acquireUninterruptibly();
        holding.set(true);
        try {
            return batch.get();
        } finally {
            holding.set(false);
            turns.release();
        }
    }
}
