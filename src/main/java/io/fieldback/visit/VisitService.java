package io.fieldback.visit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;
import io.fieldback.station.TechnicianService;
import io.fieldback.visit.internal.TimelineWriter;
import io.fieldback.visit.internal.Visit;
import io.fieldback.visit.internal.VisitConfig;
import io.fieldback.visit.internal.VisitDetails;
import io.fieldback.visit.internal.VisitEvent;
import io.fieldback.visit.internal.VisitEventRules;

@ApplicationScoped
public class VisitService {

    /** Topic of the domain event recorded when a visit is completed; the follow-up feature consumes it. */
    public static final String VISIT_COMPLETED = VisitCompleted.TOPIC;

    /** Topic of the status changes the dealer change feed carries. */
    public static final String VISIT_STATUS_CHANGED = VisitStatusChanged.TOPIC;

    private final Caller caller;
    private final TimeSource time;
    private final VisitConfig config;
    private final TechnicianService technicians;
    private final TimelineWriter timeline;
    private final VisitDetails details;

    VisitService(Caller caller, TimeSource time, VisitConfig config, TechnicianService technicians,
            TimelineWriter timeline, VisitDetails details) {
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.technicians = technicians;
        this.timeline = timeline;
        this.details = details;
    }

    /** The visit after a write, and whether the write created something new. */
    public record Written(VisitView visit, boolean created) {
    }

    /** List filters of GET /visits. */
    public record Criteria(UUID stationId, VisitStatus status, VisitType type, Instant from, Instant to,
            UUID customerId, UUID technicianId) {
    }

    /**
     * Creates the visit with the client's id, or updates it. A PUT that repeats what is stored changes
     * nothing and needs no If-Match, so a phone may resend it safely; a real change needs If-Match.
     */
    @Transactional
    public Written put(UUID id, VisitRequest request, String ifMatch) {
        // Lock only a row that exists: a locking read of a missing id would lock the gap at the end of
        // the index, where every new time-ordered id lands, and concurrent creations would deadlock.
        Visit visit = Visit.count("id", id) > 0 && RowLocks.lock("visits", id) ? Visit.findById(id) : null;
        if (visit != null) {
            requireVisible(visit);
            if (request.sameAs(visit)) {
                return new Written(VisitView.of(visit), false);
            }
            ETags.require(ifMatch, visit.version);
            details.apply(visit, request);
            Visit.flush();
            return new Written(VisitView.of(visit), false);
        }
        visit = new Visit();
        visit.id = id;
        visit.source = caller.is(Roles.TECHNICIAN) ? VisitSource.PHONE
                : caller.is(Roles.DEALER) ? VisitSource.DEALER_SYSTEM : VisitSource.BACK_OFFICE;
        if (caller.is(Roles.TECHNICIAN) && caller.technicianId() != null) {
            visit.technicianIds.add(caller.technicianId());
        }
        details.apply(visit, request);
        visit.persist();
        return new Written(VisitView.of(visit), true);
    }

    @Transactional
    public VisitView get(UUID id) {
        return VisitView.of(visible(id));
    }

    @Transactional
    public Page<VisitView> list(Criteria criteria, PageParams paging) {
        Filter filter = new Filter().eq("e.stationId", criteria.stationId()).eq("e.status", criteria.status())
                .eq("e.type", criteria.type()).clause("e.requestedAt >= :p", criteria.from())
                .clause("e.requestedAt < :p", criteria.to()).eq("e.customerId", criteria.customerId())
                .clause(":p member of e.technicianIds", criteria.technicianId())
                .eq("e.dealerId", caller.confinedToDealer()).eq("e.stationId", caller.confinedToStation());
        return Keyset.page(Visit.class, filter, paging, VisitView::of);
    }

    @Transactional
    public List<VisitEventView> timeline(UUID visitId) {
        visible(visitId);
        return VisitEvent.timeline(visitId).stream().map(VisitEventView::of).toList();
    }

    /**
     * Appends an event from a phone. The same event id twice is stored once. An event later than every stored one
     * (the usual case) moves the visit's fold by itself; only a late one, or one on a finished visit, reads the
     * timeline to refold it (issue 21).
     */
    @Transactional
    public Written addEvent(UUID visitId, VisitEventRequest request) {
        TimelineWriter.Head head = TimelineWriter.lockHead(visitId, request.id());
        Visit visit = head == null ? null : head.visit();
        requireVisible(visit, visitId);
        if (head.eventStoredIn() != null) {
            if (!head.eventStoredIn().equals(visitId)) {
                throw ApiException.conflict("event " + request.id() + " belongs to another visit");
            }
            return new Written(VisitView.of(visit), false);
        }
        VisitEventRules.validate(visit, request, time.now(), config.clockTolerance());
        VisitEvent event = phoneEvent(request);
        if (head.isLatest(event.occurredAt) && !visit.status.isFinal()) {
            timeline.appendLatest(visit, event, caller.name());
        } else {
            timeline.append(visit, event, caller.name(), VisitEvent.timeline(visitId));
        }
        return new Written(VisitView.of(visit), true);
    }

    /** The phone's event as stored: its position and technician only when a technician sent it. */
    private VisitEvent phoneEvent(VisitEventRequest request) {
        VisitEvent event = new VisitEvent();
        event.id = request.id();
        event.type = request.type();
        event.occurredAt = request.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        event.note = request.note();
        event.outcome = request.outcome();
        event.partNumber = request.partNumber();
        event.quantity = request.quantity();
        event.billing = request.billing();
        event.attachmentId = request.attachmentId();
        if (caller.is(Roles.TECHNICIAN)) {
            event.technicianId = caller.technicianId();
            event.latitude = request.latitude();
            event.longitude = request.longitude();
        }
        return event;
    }

    /** Back office: assigns technicians of the visit's station. */
    @Transactional
    public VisitView dispatch(UUID visitId, DispatchRequest request) {
        Visit visit = lockVisible(visitId);
        TimelineWriter.requireOneOf(visit, VisitStatus.DISPATCHED);
        for (UUID technicianId : request.technicianIds()) {
            if (!visit.stationId.equals(technicians.stationOf(technicianId))) {
                throw ApiException.badRequest("technicianIds",
                        "technician " + technicianId + " is not an active technician of the visit's station");
            }
        }
        VisitEvent event = timeline.serverEvent(VisitEventType.DISPATCHED);
        event.technicians(request.technicianIds());
        timeline.append(visit, event, caller.name(), VisitEvent.timeline(visit.id));
        return VisitView.of(visit);
    }

    /** Back office: cancels a visit that is not completed or cancelled yet. */
    @Transactional
    public VisitView cancel(UUID visitId, CancelRequest request) {
        Visit visit = lockVisible(visitId);
        TimelineWriter.requireOneOf(visit, VisitStatus.CANCELLED);
        VisitEvent event = timeline.serverEvent(VisitEventType.CANCELLED);
        event.note = request.reason();
        timeline.append(visit, event, caller.name(), VisitEvent.timeline(visit.id));
        return VisitView.of(visit);
    }

    /**
     * The calling technician's visits changed after a point in time, oldest change first, including
     * cancelled ones so the phone can drop them. Keyset-paged on (updatedAt, id).
     */
    @Transactional
    public VisitFeed changedFor(Instant updatedAfter, String cursor, int limit) {
        UUID technicianId = caller.technicianId();
        if (technicianId == null) {
            throw ApiException.forbidden("this feed is for technicians; the token carries no technician_id");
        }
        FeedCursor from = cursor != null && !cursor.isEmpty() ? FeedCursor.decode(cursor)
                // strictly after updatedAfter: at that very instant, start past the largest possible id
                : new FeedCursor(updatedAfter == null ? Instant.EPOCH : updatedAfter, new UUID(-1L, -1L));
        Instant settled = time.now().minus(config.feedSettle());
        List<Visit> rows = Visit.find("select v from Visit v join v.technicianIds t where t = ?1 "
                + "and (v.updatedAt > ?2 or (v.updatedAt = ?2 and v.id > ?3)) and v.updatedAt <= ?4 "
                + "order by v.updatedAt, v.id", technicianId, from.updatedAt(), from.id(), settled)
                .page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<Visit> page = more ? rows.subList(0, limit) : rows;
        String next = page.isEmpty() ? null : new FeedCursor(page.get(page.size() - 1).updatedAt,
                page.get(page.size() - 1).id).encode();
        // on the last page the cursor still moves forward, so polling resumes where it stopped
        return new VisitFeed(page.stream().map(VisitView::of).toList(), more ? next : null,
                next != null ? next : (cursor == null || cursor.isEmpty() ? null : cursor));
    }

    /** A visit whatever the caller's tenancy, or null; for features acting for the system or all-seeing roles. */
    @Transactional
    public VisitView find(UUID id) {
        Visit visit = id == null ? null : Visit.findById(id);
        return visit == null ? null : VisitView.of(visit);
    }

    Visit visible(UUID id) {
        Visit visit = Visit.findById(id);
        requireVisible(visit, id);
        return visit;
    }

    private Visit lockVisible(UUID id) {
        // two statements, not one: a native locking read would load the technicians and parts in two more
        Visit visit = RowLocks.lock("visits", id) ? Visit.findById(id) : null;
        requireVisible(visit, id);
        return visit;
    }

    private void requireVisible(Visit visit) {
        requireVisible(visit, visit.id);
    }

    private void requireVisible(Visit visit, UUID id) {
        if (visit == null || !caller.canSeeStation(visit.stationId, visit.dealerId)) {
            throw ApiException.notFound("visit " + id);
        }
    }
}
