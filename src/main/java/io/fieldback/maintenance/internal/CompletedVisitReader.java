package io.fieldback.maintenance.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.DomainEvents;
import io.fieldback.visit.VisitCompleted;
import io.quarkus.scheduler.Scheduled;

/**
 * Completed visits reach maintenance through the outbox, off the technician's request: the phone's
 * COMPLETED event and a dealer's bulk upsert stay as cheap as before maintenance existed, and a failure
 * here (a meter reading that runs backwards) never fails the visit.
 */
@ApplicationScoped
public class CompletedVisitReader {

    private final DomainEvents events;
    private final DueService due;

    CompletedVisitReader(DomainEvents events, DueService due) {
        this.events = events;
        this.due = due;
    }

    @Scheduled(identity = "maintenance-completed-visits", every = "${fieldback.outbox.reader-every:10s}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /**
     * Reads every completed visit not yet read (each once, any number of instances), a claimed batch at a time;
     * returns how many.
     */
    public int runOnce() {
        return events.consumeBatches("maintenance", VisitCompleted.TOPIC, batch -> {
            due.visitsCompleted(events.payloads(batch, VisitCompleted.class));
            return batch.size();
        });
    }
}
