package io.fieldback.clock.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.fieldback.clock.ClockBreach;
import io.fieldback.clock.ClockBreachHandler;
import io.fieldback.common.TimeSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Marks missed deadlines and hands each to its subject type's handler, exactly once per clock however many
 * instances run at the same time: each batch locks the clocks it works on with {@code FOR UPDATE SKIP
 * LOCKED} (others skip them) and clears their escalation time in the same transaction as the handler's
 * writes.
 */
@ApplicationScoped
class ClockEscalationJob {

    private final TimeSource time;
    private final ClockConfig config;
    private final Map<String, ClockBreachHandler> handlers;

    ClockEscalationJob(TimeSource time, ClockConfig config, Instance<ClockBreachHandler> handlers) {
        this.time = time;
        this.config = config;
        this.handlers = handlers.stream()
                .collect(Collectors.toMap(ClockBreachHandler::subjectType, Function.identity()));
    }

    @Scheduled(identity = "deadline-escalations", every = "${fieldback.clock.escalation.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int escalated = escalateBreaches();
        if (escalated > 0) {
            Log.infof("escalated %d missed deadlines", escalated);
        }
    }

    int escalateBreaches() {
        int batchSize = config.escalation().batchSize();
        int total = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> batch(batchSize));
            total += done;
            if (done < batchSize) {
                return total;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private int batch(int size) {
        Instant now = time.now();
        List<DeadlineClock> due = Panache.getEntityManager()
                // the index keeps the scan (and so the row locks) to this batch's rows; a full scan would
                // lock every row it reads and leave nothing for other instances
                .createNativeQuery("SELECT * FROM deadline_clocks FORCE INDEX (ix_deadline_clocks_escalate) "
                        + "WHERE escalate_at IS NOT NULL AND escalate_at < ?1 "
                        + "ORDER BY escalate_at LIMIT ?2 FOR UPDATE SKIP LOCKED", DeadlineClock.class)
                .setParameter(1, now).setParameter(2, size).getResultList();
        for (DeadlineClock clock : due) {
            clock.breachedAt = now;
            clock.escalateAt = null;
            ClockBreachHandler handler = handlers.get(clock.subjectType);
            if (handler == null) {
                Log.warnf("missed %s deadline of %s %s has no handler; marked without escalation", clock.kind,
                        clock.subjectType, clock.subjectId);
                continue;
            }
            handler.breached(new ClockBreach(clock.subjectType, clock.subjectId, clock.kind, clock.dueAt, now));
        }
        return due.size();
    }
}
