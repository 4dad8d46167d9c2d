package io.fieldback.visit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.ApiException;
import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.EventRecorder;
import io.fieldback.common.RowLocks;
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

    /**
     * The visit with its technicians and parts, and its timeline's head, in one read. Its own statement after the
     * row lock, not subqueries of the locking read: MariaDB evaluated those before the lock wait, so an event
     * committed meanwhile by the lock's holder was missed (checked by hand on 11.4, issue 21).
     */
    private static final String HEAD = "select v, (select e.visitId from VisitEvent e where e.id = ?2),"
            + " (select max(l.occurredAt) from VisitEvent l where l.visitId = v.id) from Visit v"
            + " left join fetch v.technicianIds left join fetch v.parts where v.id = ?1";

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
        stamp(visit, event, author);
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

    /**
     * Locks the visit and reads it with its timeline's head: where the event of this id is stored already (its
     * visit, or null) and when the visit's latest stored event happened (null: none yet). Two statements, where a
     * lock, a load and a timeline read were three; null when there is no such visit.
     */
    public static Head lockHead(UUID visitId, UUID eventId) {
        if (!RowLocks.lock("visits", visitId)) {
            return null;
        }
        List<Object[]> rows = Visit.getEntityManager().createQuery(HEAD, Object[].class).setParameter(1, visitId)
                .setParameter(2, eventId).getResultList();
        Object[] row = rows.get(0);
        return new Head((Visit) row[0], (UUID) row[1], (Instant) row[2]);
    }

    /** A visit's timeline head: see {@link #lockHead}. */
    public record Head(Visit visit, UUID eventStoredIn, Instant lastOccurredAt) {

        /** Whether the event sorts after every stored one ({@link Timeline#BY_TIME}); a tie is not known to. */
        public boolean isLatest(Instant occurredAt) {
            return lastOccurredAt == null || occurredAt.isAfter(lastOccurredAt);
        }
    }

    /**
     * Adds an event that happened after every stored one to an open visit: the fold moves by that one event
     * ({@link Timeline#advance}), no timeline read.
     */
    public void appendLatest(Visit visit, VisitEvent event, String author) {
        if (visit.status.isFinal()) {
            throw new IllegalStateException("a finished visit takes events through append, which checks conflicts");
        }
        stamp(visit, event, author);
        VisitStatus before = visit.status;
        Timeline.advance(visit, event);
        event.persist();
        announce(domainEvents, visit, before, author);
        Visit.flush();
    }

    private void stamp(Visit visit, VisitEvent event, String author) {
        event.visitId = visit.id;
        event.receivedAt = time.now();
        event.author = author;
    }

    /**
     * Records what other features and the dealer must learn from a change of status, in this transaction. A
     * completion is one row: visit.completed carries the change and the dealer's id, and the dealer's feed shows it
     * as visit.status-changed (issue 21: the second row was one of the 5.5 a bulk upsert wrote per order).
     */
    public static void announce(EventRecorder domainEvents, Visit visit, VisitStatus before, String changedBy) {
        if (visit.status == before) {
            return;
        }
        if (visit.status != VisitStatus.COMPLETED) {
            domainEvents.record(VisitStatusChanged.TOPIC, visit.id, visit.dealerId, new VisitStatusChanged(visit.id,
                    visit.repairOrderNumber, before, visit.status, visit.arrivedAt, visit.completedAt,
                    visit.cancelledAt, visit.outcome, changedBy));
            return;
        }
        BusinessMetrics.count(BusinessMetrics.VISITS_COMPLETED, "outcome", String.valueOf(visit.outcome));
        domainEvents.record(VisitCompleted.TOPIC, visit.id, visit.dealerId, new VisitCompleted(visit.id,
                visit.customerId, visit.equipmentId, visit.stationId, visit.dealerId, visit.completedAt, visit.outcome,
                visit.type, visit.meterReading, visit.meterUnit, visit.repairOrderNumber, before, visit.arrivedAt,
                changedBy));
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
