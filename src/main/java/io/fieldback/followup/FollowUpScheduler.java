package io.fieldback.followup;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.DomainEvents;
import io.fieldback.visit.VisitCompleted;
import io.quarkus.scheduler.Scheduled;

/**
 * Turns completed visits into follow-up calls by consuming the {@code visit.completed} outbox. Exactly
 * once per visit with any number of instances and across restarts: each event is locked with
 * {@code SKIP LOCKED} and marked handled in the transaction that creates its call
 * ({@link DomainEvents#consumeBatches}), and a unique key on the call's visit id backs that up.
 */
@ApplicationScoped
public class FollowUpScheduler {

    private final DomainEvents events;
    private final CallPlanner planner;

    public FollowUpScheduler(DomainEvents events, CallPlanner planner) {
        this.events = events;
        this.planner = planner;
    }

    @Scheduled(identity = "followup-scheduling", every = "${fieldback.followup.scheduler.every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /**
     * The job's body: handles every pending completed-visit event, a claimed batch per transaction, and
     * returns how many calls it created. Safe to run on several instances (or threads) at once. An event
     * that fails is logged, left pending for the next run and skipped for the rest of this one (its batch is
     * taken again one event per transaction).
     */
    public int runOnce() {
        return events.consumeBatches(VisitCompleted.TOPIC,
                batch -> planner.fromVisits(events.payloads(batch, VisitCompleted.class)));
    }
}
