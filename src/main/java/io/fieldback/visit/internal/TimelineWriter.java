package io.fieldback.visit.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.ApiException;
import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.EventRecorder;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.visit.VisitCompleted;
import io.fieldback.visit.VisitEventType;
import io.fieldback.visit.VisitStatus;
import io.fieldback.visit.VisitStatusChanged;

/**
 * Adds events to a visit's timeline and refolds the visit from it, for every writer (phones, the back office,
 * dispatch): the same set of events always gives the same visit, and a change of status is announced.
 */
@ApplicationScoped
public class TimelineWriter {

    private final TimeSource time;
    private final DomainEvents domainEvents;

    TimelineWriter(TimeSource time, DomainEvents domainEvents) {
        this.time = time;
        this.domainEvents = domainEvents;
    }

    /** An event the server itself records, happening now. */
    public VisitEvent serverEvent(VisitEventType type) {
        VisitEvent event = new VisitEvent();
        event.id = UuidV7.next();
        event.type = type;
        event.occurredAt = time.now();
        return event;
    }

    /** Adds the event to the visit's stored timeline (read in this transaction, under the visit's row lock). */
    public void append(Visit visit, VisitEvent event, String author, List<VisitEvent> stored) {
        event.visitId = visit.id;
        event.receivedAt = time.now();
        event.author = author;
        // a late event may fill in a time, never reopen or flip a finished visit
        if (Timeline.conflicts(visit, stored, List.of(event))) {
            throw transitionConflict(visit, event.type);
        }
        VisitStatus before = visit.status;
        // the fold is redone in memory over the timeline already read (a few rows): the same set of events
        // always gives the same visit, whatever order they arrived in
        List<VisitEvent> events = new ArrayList<>(stored);
        events.add(event);
        Timeline.refold(visit, events);
        event.persist();
        announce(domainEvents, visit, before, author);
        Visit.flush();
    }

    /** Records what other features and the dealer must learn from a change of status, in this transaction. */
    public static void announce(EventRecorder domainEvents, Visit visit, VisitStatus before, String changedBy) {
        if (visit.status == before) {
            return;
        }
        domainEvents.record(VisitStatusChanged.TOPIC, visit.id, visit.dealerId, new VisitStatusChanged(visit.id,
                visit.repairOrderNumber, before, visit.status, visit.arrivedAt, visit.completedAt, visit.cancelledAt,
                visit.outcome, changedBy));
        if (visit.status == VisitStatus.COMPLETED) {
            BusinessMetrics.count(BusinessMetrics.VISITS_COMPLETED, "outcome", String.valueOf(visit.outcome));
            domainEvents.record(VisitCompleted.TOPIC, visit.id, null, new VisitCompleted(visit.id, visit.customerId,
                    visit.equipmentId, visit.stationId, visit.dealerId, visit.completedAt, visit.outcome));
        }
    }

    public static void requireOneOf(Visit visit, VisitStatus target) {
        if (!visit.status.next().contains(target)) {
            throw transitionConflict(visit, target.name());
        }
    }

    public static ApiException transitionConflict(Visit visit, Object target) {
        List<VisitStatus> allowed = visit.status.next();
        return new ApiException(409, "illegal-transition", "Illegal transition",
                "a " + visit.status + " visit cannot take " + target + "; allowed next states: "
                        + (allowed.isEmpty() ? "none" : allowed), null);
    }
}
