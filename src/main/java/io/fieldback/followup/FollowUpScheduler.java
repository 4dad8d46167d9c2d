package io.fieldback.followup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.DomainEvent;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.visit.VisitService;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Turns completed visits into follow-up calls by consuming the {@code visit.completed} outbox. Exactly
 * once per visit with any number of instances and across restarts: each event is locked with
 * {@code SKIP LOCKED} and marked handled in the transaction that creates its call, and a unique key on
 * the call's visit id backs that up.
 */
@ApplicationScoped
public class FollowUpScheduler {

    private final DomainEvents events;
    private final CallPlanner planner;
    private final TimeSource time;

    public FollowUpScheduler(DomainEvents events, CallPlanner planner, TimeSource time) {
        this.events = events;
        this.planner = planner;
        this.time = time;
    }

    @Scheduled(identity = "followup-scheduling", every = "${fieldback.followup.scheduler.every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /**
     * The job's body: handles every pending completed-visit event, one transaction per event, and
     * returns how many calls it created. Safe to run on several instances (or threads) at once. An event
     * that fails is logged, left pending for the next run and skipped for the rest of this one.
     */
    public int runOnce() {
        Set<UUID> failed = new HashSet<>();
        AtomicReference<UUID> current = new AtomicReference<>();
        int created = 0;
        while (true) {
            current.set(null);
            Boolean result;
            try {
                result = QuarkusTransaction.requiringNew().call(() -> handleNext(failed, current));
            } catch (RuntimeException e) {
                if (current.get() == null) {
                    throw e;
                }
                Log.errorf(e, "could not schedule the follow-up call of event %s; retried on the next run", current.get());
                failed.add(current.get());
                continue;
            }
            if (result == null) {
                return created;
            }
            if (result) {
                created++;
            }
        }
    }

    /** Null when nothing is pending; otherwise whether a call was created. */
    private Boolean handleNext(Set<UUID> failed, AtomicReference<UUID> current) {
        List<DomainEvent> pending = events.lockPending(VisitService.VISIT_COMPLETED, failed.size() + 1);
        DomainEvent event = pending.stream().filter(e -> !failed.contains(e.id)).findFirst().orElse(null);
        if (event == null) {
            return null;
        }
        current.set(event.id);
        FollowUp call = planner.fromVisit(events.payload(event, VisitService.Completed.class));
        event.handledAt = time.now();
        return call != null;
    }
}
