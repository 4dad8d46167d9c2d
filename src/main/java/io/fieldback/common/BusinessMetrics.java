package io.fieldback.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;

/**
 * Business counters, exported at {@code /q/metrics} next to the HTTP metrics. A count made inside a
 * transaction is added only when that transaction commits, so a rolled-back change is never counted.
 *
 * <p>One line where the fact happens, e.g. {@code BusinessMetrics.count(BusinessMetrics.VISITS_COMPLETED,
 * "outcome", outcome.name())}. The names (Prometheus adds {@code _total}):
 * <ul>
 * <li>{@value #VISITS_COMPLETED} {outcome}: visits that reached COMPLETED (phones and dealer syncs)</li>
 * <li>{@value #REPAIR_ORDERS} {status}: dealer repair-order items by answer (CREATED, UPDATED, UNCHANGED,
 * STALE, REJECTED)</li>
 * <li>{@value #EVENTS} {topic}: every domain event recorded (counted by {@link DomainEvents})</li>
 * <li>{@value #CALLS} {outcome}: follow-up call attempts by outcome (AttemptService)</li>
 * <li>{@value #COMPLAINT_CLOCK_BREACHES} {clock}: complaint deadlines missed, once per complaint and clock (complaint.internal.ComplaintBreaches)</li>
 * <li>{@value #IMPORT_ROWS} {result = accepted | rejected}: survey import rows (count per row as a job
 * processes it)</li>
 * <li>{@value #LIMITS_UNCHECKED}: requests served without a rate-limit check because the shared buckets could not
 * be asked (fail open, RateLimits)</li>
 * </ul>
 * Tags must have few values (an enum, never an id), or the metrics store explodes.
 */
@ApplicationScoped
@Unremovable // looked up by the static count(), which ArC cannot see
public class BusinessMetrics {

    public static final String VISITS_COMPLETED = "fieldback.visits.completed";
    public static final String REPAIR_ORDERS = "fieldback.dealer.repair.orders";
    public static final String EVENTS = "fieldback.domain.events";
    public static final String CALLS = "fieldback.calls";
    public static final String COMPLAINT_CLOCK_BREACHES = "fieldback.complaints.clock.breaches";
    public static final String IMPORT_ROWS = "fieldback.import.rows";
    public static final String LIMITS_UNCHECKED = "fieldback.limits.unchecked";

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public BusinessMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** Counts one occurrence, after the current transaction commits (at once when there is none). */
    public static void count(String name, String... tags) {
        count(name, 1, tags);
    }

    /** Counts {@code amount} occurrences, after the current transaction commits. */
    public static void count(String name, long amount, String... tags) {
        Arc.container().instance(BusinessMetrics.class).get().increment(name, amount, tags);
    }

    public void increment(String name, long amount, String... tags) {
        Counter counter = Counter.builder(name).tags(tags).register(registry);
        if (amount <= 0) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            counter.increment(amount);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment(amount);
                }
            }
        });
    }
}
