package io.fieldback.dispatch.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.clock.ClockBreach;
import io.fieldback.clock.ClockBreachHandler;
import io.fieldback.clock.Clocks;
import io.fieldback.common.DomainEvents;
import io.fieldback.dispatch.ArrivalPromiseMissed;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;

/**
 * A broken arrival promise is escalated once: the station's supervisor and the notifications feature learn it
 * from the dispatch.promise-missed event. A visit reached through its own timeline (not through an
 * assignment) stops the clock here instead of escalating.
 */
@ApplicationScoped
class PromiseBreaches implements ClockBreachHandler {

    private final DomainEvents events;
    private final RepairVisits visits;
    private final Clocks clocks;

    PromiseBreaches(DomainEvents events, RepairVisits visits, Clocks clocks) {
        this.events = events;
        this.visits = visits;
        this.clocks = clocks;
    }

    @Override
    public String subjectType() {
        return Promises.SUBJECT;
    }

    @Override
    public void breached(ClockBreach breach) {
        RepairVisit visit = visits.find(breach.subjectId());
        if (visit == null) {
            return;
        }
        if (visit.arrivedAt() != null && !visit.arrivedAt().isAfter(breach.dueAt())) {
            return; // reached in time through the visit's own timeline; nothing to escalate
        }
        Assignment live = Assignment.liveOf(visit.id());
        events.record(ArrivalPromiseMissed.TOPIC, visit.id(), visit.dealerId(), new ArrivalPromiseMissed(visit.id(),
                visit.customerId(), visit.stationId(), live == null ? null : live.technicianId, breach.dueAt(),
                breach.breachedAt()));
    }
}
