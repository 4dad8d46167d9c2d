package io.fieldback.booking.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.DomainEvents;
import io.fieldback.visit.VisitCompleted;
import io.quarkus.scheduler.Scheduled;

/** Holds that ran out give their places back; a completed visit completes its appointment. */
@ApplicationScoped
public class BookingJobs {

    private final HoldService holds;
    private final CheckInService checkIns;
    private final DomainEvents events;

    BookingJobs(HoldService holds, CheckInService checkIns, DomainEvents events) {
        this.holds = holds;
        this.checkIns = checkIns;
        this.events = events;
    }

    @Scheduled(identity = "booking-hold-expiry", every = "60s", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireHolds() {
        holds.expireHolds();
    }

    @Scheduled(identity = "booking-completed-visits", every = "${fieldback.outbox.reader-every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCompletedVisits() {
        completedVisits();
    }

    /**
     * Reads completed visits off the outbox (each once, any number of instances), a claimed batch at a time;
     * returns how many were read.
     */
    public int completedVisits() {
        return events.consumeBatches("booking", VisitCompleted.TOPIC, batch -> {
            checkIns.visitsCompleted(events.payloads(batch, VisitCompleted.class).stream()
                    .map(VisitCompleted::visitId).toList());
            return batch.size();
        });
    }
}
