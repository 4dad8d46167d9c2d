package io.fieldback.dispatch.internal;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.DomainEvents;
import io.fieldback.customer.CustomerImportanceChanged;
import io.quarkus.scheduler.Scheduled;

/**
 * Dispatch's reader of the customers' importance changes (its own receipts on the shared outbox): the arrival
 * promise of the customer's waiting visits follows the new importance ({@link Promises#follow}).
 */
@ApplicationScoped
public class PromiseFollower {

    static final String CONSUMER = "dispatch";
    /** A change older than this is not replayed by a new reader; promises are counted in days. */
    private static final Duration LOOKBACK = Duration.ofDays(7);

    private final DomainEvents events;
    private final Promises promises;

    PromiseFollower(DomainEvents events, Promises promises) {
        this.events = events;
        this.promises = promises;
    }

    @Scheduled(identity = "dispatch-promise-follow", every = "30s", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /** Handles every importance change dispatch has not read yet; returns how many. */
    public int runOnce() {
        return events.consume(CONSUMER, CustomerImportanceChanged.TOPIC, LOOKBACK, event -> {
            CustomerImportanceChanged change = events.payload(event, CustomerImportanceChanged.class);
            promises.follow(change.customerId(), change.to());
            return true;
        });
    }
}
