package io.fieldback.common;

import java.util.List;

/** How one consumer of a topic claims a batch of events and marks it handled, inside the batch's transaction. */
interface OutboxClaims {

    /** Up to {@code limit} events claimed for this transaction, oldest first; empty when none is left. */
    List<DomainEvent> claim(int limit);

    /** Marks the batch's events handled, in the transaction that ran their handler (one statement). */
    void handled(List<DomainEvent> events);

    /**
     * The last claim's batch (more than one event) rolled back: its events must be found again by the next
     * claims. Not called for a single event that failed: that one is passed over for the rest of the run.
     */
    void released();

    /**
     * Thrown by {@link #claim} when another instance of the same consumer took part of a batch at the same
     * moment: which part is not known, so the transaction rolls back and the loop claims one event at a time;
     * the claim has already put its position back before the batch.
     */
    final class Contended extends RuntimeException {
        Contended() {
            super("another instance claimed part of the batch", null, false, false);
        }
    }
}
