package io.fieldback.booking.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.visit.VisitCompleted;
import io.quarkus.scheduler.Scheduled;

/** Holds that ran out give their places back; a completed visit completes its appointment. */
@ApplicationScoped
class BookingJobs {

    private final AppointmentService appointments;

    BookingJobs(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @Scheduled(identity = "booking-hold-expiry", every = "60s", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireHolds() {
        appointments.expireHolds();
    }

    void onVisitCompleted(@jakarta.enterprise.event.Observes VisitCompleted completed) {
        appointments.visitCompleted(completed.visitId());
    }
}
