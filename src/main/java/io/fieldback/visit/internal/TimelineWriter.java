package io.fieldback.visit.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

import io.fieldback.common.ApiException;
import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.EventRecorder;
import io.fieldback.common.JdbcBatch;
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

    /** The lock and the head in one read; the subqueries read the (visit_id, occurred_at) and primary indexes. */
    private static final String HEAD = "SELECT (SELECT e.visit_id FROM visit_events e WHERE e.id = " + JdbcBatch.ID
            + ") AS event_visit, (SELECT MAX(l.occurred_at) FROM visit_events l WHERE l.visit_id = v.id) AS last_at"
            + " FROM visits v WHERE v.id = " + JdbcBatch.ID + " FOR UPDATE";

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
     * The visit's timeline head, under the visit's row lock: where the event of this id is stored already (its
     * visit, or null) and when the visit's latest stored event happened (null: none yet). One statement instead
     * of a lock and a timeline read; null when there is no such visit.
     */
    public static Head lockHead(UUID visitId, UUID eventId) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(HEAD)) {
                JdbcBatch.bind(ps, 1, eventId, visitId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Head(Jdbc.uuid(rs, "event_visit"), Jdbc.instant(rs, "last_at")) : null;
                }
            }
        });
    }

    /** A visit's timeline head: see {@link #lockHead}. */
    public record Head(UUID eventStoredIn, Instant lastOccurredAt) {

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
