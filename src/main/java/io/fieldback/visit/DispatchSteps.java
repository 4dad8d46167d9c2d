package io.fieldback.visit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.RowLocks;
import io.fieldback.visit.internal.TimelineWriter;
import io.fieldback.visit.internal.Visit;
import io.fieldback.visit.internal.VisitEvent;

/**
 * Dispatch (issue 19) puts its decisions on the visit's timeline as server-side steps. The caller checked
 * tenancy and the dispatch rules, so these steps do not look at the caller.
 */
@ApplicationScoped
public class DispatchSteps {

    private final TimelineWriter timeline;

    DispatchSteps(TimelineWriter timeline) {
        this.timeline = timeline;
    }

    /**
     * The technicians who are to go (an empty set when the assignment was declined or withdrawn), so their
     * phones see the visit in their delta feed. The visit must still be open.
     */
    @Transactional
    public VisitView dispatchFor(UUID visitId, Set<UUID> technicianIds, String author, String note) {
        Visit visit = lock(visitId);
        TimelineWriter.requireOneOf(visit, VisitStatus.DISPATCHED);
        VisitEvent event = timeline.serverEvent(VisitEventType.DISPATCHED);
        event.technicians(technicianIds);
        event.note = note;
        timeline.append(visit, event, author, VisitEvent.timeline(visit.id));
        return VisitView.of(visit);
    }

    /** The technician reported being on site (from the assignment); a visit already on site keeps its time. */
    @Transactional
    public VisitView arrivedFor(UUID visitId, UUID technicianId, Instant at, String author) {
        Visit visit = lock(visitId);
        if (visit.status != VisitStatus.REQUESTED && visit.status != VisitStatus.DISPATCHED) {
            return VisitView.of(visit);
        }
        VisitEvent event = timeline.serverEvent(VisitEventType.ARRIVED);
        event.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        event.technicianId = technicianId;
        timeline.append(visit, event, author, VisitEvent.timeline(visit.id));
        return VisitView.of(visit);
    }

    private static Visit lock(UUID visitId) {
        Visit visit = RowLocks.lock("visits", visitId) ? Visit.findById(visitId) : null;
        if (visit == null) {
            throw ApiException.notFound("visit " + visitId);
        }
        return visit;
    }
}
