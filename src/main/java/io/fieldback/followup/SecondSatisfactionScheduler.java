package io.fieldback.followup;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.DomainEvents;
import io.fieldback.complaint.ComplaintClosed;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Schedules the second-satisfaction call of every closed complaint by consuming the
 * {@code complaint.closed} outbox: one call per closure (a reopened and closed again complaint is asked
 * again), whatever the number of instances, restarts or replays; the unique key on (complaint, closure)
 * of the calls backs that up. When that call is completed, {@link AttemptService} records the answer on
 * the complaint.
 */
@ApplicationScoped
public class SecondSatisfactionScheduler {

    private final DomainEvents events;
    private final CallPlanner planner;

    public SecondSatisfactionScheduler(DomainEvents events, CallPlanner planner) {
        this.events = events;
        this.planner = planner;
    }

    @Scheduled(identity = "followup-second-satisfaction",
            every = "${fieldback.followup.second-satisfaction.every:30s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int created = runOnce();
        if (created > 0) {
            Log.infof("scheduled %d second-satisfaction calls", created);
        }
    }

    /** Handles every pending closure, one transaction each; returns how many calls it created. */
    public int runOnce() {
        return events.consume(ComplaintClosed.TOPIC, event -> planner
                .fromComplaintClosure(events.payload(event, ComplaintClosed.class)) != null);
    }
}
