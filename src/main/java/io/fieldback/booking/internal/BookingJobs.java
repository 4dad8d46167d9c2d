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

    /** Reads completed visits off the outbox (each once, any number of instances); returns how many. */
    public int completedVisits() {
        return events.consume("booking", VisitCompleted.TOPIC, event -> {
            checkIns.visitCompleted(events.payload(event, VisitCompleted.class).visitId());
            return true;
        });
    }
}
