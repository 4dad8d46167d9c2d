package io.fieldback.visit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.EquipmentService;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;
import io.fieldback.station.StationService;
import io.fieldback.station.TechnicianService;

@ApplicationScoped
public class VisitService {

    /** Topic of the domain event recorded when a visit is completed; the follow-up feature consumes it. */
    public static final String VISIT_COMPLETED = VisitCompleted.TOPIC;

    private final Caller caller;
    private final TimeSource time;
    private final VisitConfig config;
    private final DomainEvents domainEvents;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final StationService stations;
    private final TechnicianService technicians;

    public VisitService(Caller caller, TimeSource time, VisitConfig config, DomainEvents domainEvents,
            CustomerService customers, EquipmentService equipment, StationService stations,
            TechnicianService technicians) {
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.domainEvents = domainEvents;
        this.customers = customers;
        this.equipment = equipment;
        this.stations = stations;
        this.technicians = technicians;
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
            apply(visit, request);
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
        apply(visit, request);
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

    /** Appends an event from a phone. The same event id twice is stored once. */
    @Transactional
    public Written addEvent(UUID visitId, VisitEventRequest request) {
        Visit visit = lockVisible(visitId);
        // one read answers both questions: is this event stored already (here or elsewhere), and what is
        // the visit's timeline so far
        List<VisitEvent> known = VisitEvent.timelineWith(visitId, request.id());
        VisitEvent existing = known.stream().filter(e -> e.id.equals(request.id())).findFirst().orElse(null);
        if (existing != null) {
            if (!existing.visitId.equals(visitId)) {
                throw ApiException.conflict("event " + request.id() + " belongs to another visit");
            }
            return new Written(VisitView.of(visit), false);
        }
        validate(visit, request);
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
        append(visit, event, caller.name(), known);
        return new Written(VisitView.of(visit), true);
    }

    /** Back office: assigns technicians of the visit's station. */
    @Transactional
    public VisitView dispatch(UUID visitId, DispatchRequest request) {
        Visit visit = lockVisible(visitId);
        requireOneOf(visit, VisitStatus.DISPATCHED);
        for (UUID technicianId : request.technicianIds()) {
            if (!visit.stationId.equals(technicians.stationOf(technicianId))) {
                throw ApiException.badRequest("technicianIds",
                        "technician " + technicianId + " is not an active technician of the visit's station");
            }
        }
        VisitEvent event = serverEvent(VisitEventType.DISPATCHED);
        event.technicians(request.technicianIds());
        append(visit, event, caller.name(), VisitEvent.timeline(visit.id));
        return VisitView.of(visit);
    }

    /** Back office: cancels a visit that is not completed or cancelled yet. */
    @Transactional
    public VisitView cancel(UUID visitId, CancelRequest request) {
        Visit visit = lockVisible(visitId);
        requireOneOf(visit, VisitStatus.CANCELLED);
        VisitEvent event = serverEvent(VisitEventType.CANCELLED);
        event.note = request.reason();
        append(visit, event, caller.name(), VisitEvent.timeline(visit.id));
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

    /**
     * Dispatch (issue 19) puts its decisions on the visit's timeline: the technicians who are to go (an
     * empty set when the assignment was declined or withdrawn), so their phones see the visit in their
     * delta feed. The caller checked tenancy and the dispatch rules; the visit must still be open.
     */
    @Transactional
    public VisitView dispatchFor(UUID visitId, java.util.Set<UUID> technicianIds, String author, String note) {
        Visit visit = RowLocks.lock("visits", visitId) ? Visit.findById(visitId) : null;
        if (visit == null) {
            throw ApiException.notFound("visit " + visitId);
        }
        requireOneOf(visit, VisitStatus.DISPATCHED);
        VisitEvent event = serverEvent(VisitEventType.DISPATCHED);
        event.technicians(technicianIds);
        event.note = note;
        append(visit, event, author, VisitEvent.timeline(visit.id));
        return VisitView.of(visit);
    }

    /** Dispatch: the technician reported being on site (from the assignment); a visit already on site keeps its time. */
    @Transactional
    public VisitView arrivedFor(UUID visitId, UUID technicianId, Instant at, String author) {
        Visit visit = RowLocks.lock("visits", visitId) ? Visit.findById(visitId) : null;
        if (visit == null) {
            throw ApiException.notFound("visit " + visitId);
        }
        if (visit.status != VisitStatus.REQUESTED && visit.status != VisitStatus.DISPATCHED) {
            return VisitView.of(visit);
        }
        VisitEvent event = serverEvent(VisitEventType.ARRIVED);
        event.occurredAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        event.technicianId = technicianId;
        append(visit, event, author, VisitEvent.timeline(visit.id));
        return VisitView.of(visit);
    }

    /** Adds the event to the visit's stored timeline (read in this transaction, under the visit's row lock). */
    private void append(Visit visit, VisitEvent event, String author, List<VisitEvent> stored) {
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
        List<VisitEvent> events = new java.util.ArrayList<>(stored);
        events.add(event);
        Timeline.apply(visit, events);
        event.persist();
        announce(domainEvents, visit, before, author);
        Visit.flush();
    }


    /** Topic of the status changes the dealer change feed carries. */
    public static final String VISIT_STATUS_CHANGED = VisitStatusChanged.TOPIC;

    /** Records what other features and the dealer must learn from a change of status, in this transaction. */
    static void announce(DomainEvents domainEvents, Visit visit, VisitStatus before, String changedBy) {
        if (visit.status == before) {
            return;
        }
        domainEvents.record(VISIT_STATUS_CHANGED, visit.id, visit.dealerId, new VisitStatusChanged(visit.id,
                visit.repairOrderNumber, before, visit.status, visit.arrivedAt, visit.completedAt, visit.cancelledAt,
                visit.outcome, changedBy));
        if (visit.status == VisitStatus.COMPLETED) {
            BusinessMetrics.count(BusinessMetrics.VISITS_COMPLETED, "outcome", String.valueOf(visit.outcome));
            domainEvents.record(VISIT_COMPLETED, visit.id, null, new VisitCompleted(visit.id, visit.customerId,
                    visit.equipmentId, visit.stationId, visit.dealerId, visit.completedAt, visit.outcome));
        }
    }

    private void validate(Visit visit, VisitEventRequest request) {
        if (request.occurredAt().isAfter(time.now().plus(config.clockTolerance()))) {
            throw ApiException.badRequest("occurredAt", "is in the future (beyond " + config.clockTolerance()
                    .toMinutes() + " minutes of the server's clock)");
        }
        switch (request.type()) {
            case DISPATCHED -> throw ApiException.badRequest("type",
                    "DISPATCHED is set by the back office: POST /api/v1/visits/{id}/dispatch");
            case COMPLETED -> require(request.outcome(), "outcome", "a completed visit needs its outcome");
            case CANCELLED -> require(request.note(), "note", "give the reason for the cancellation");
            case DIAGNOSED -> require(request.note(), "note", "give the diagnosis");
            case NOTE -> require(request.note(), "note", "a note needs text");
            case PART_USED -> {
                require(request.partNumber(), "partNumber", "a used part needs its part number");
                require(request.quantity(), "quantity", "a used part needs its quantity");
                require(request.billing(), "billing", "say whether the part is WARRANTY or PAID");
            }
            case PHOTO_ADDED -> {
                require(request.attachmentId(), "attachmentId", "name the uploaded attachment");
                if (VisitAttachment.count("id = ?1 and visitId = ?2", request.attachmentId(), visit.id) == 0) {
                    throw ApiException.badRequest("attachmentId", "no attachment with this id on this visit");
                }
            }
            case ARRIVED -> {
            }
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            throw ApiException.badRequest(request.latitude() == null ? "latitude" : "longitude",
                    "a position needs both latitude and longitude");
        }
    }

    private static void require(Object value, String field, String message) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ApiException.badRequest(field, message);
        }
    }

    private VisitEvent serverEvent(VisitEventType type) {
        VisitEvent event = new VisitEvent();
        event.id = io.fieldback.common.UuidV7.next();
        event.type = type;
        event.occurredAt = time.now();
        return event;
    }

    private static void requireOneOf(Visit visit, VisitStatus target) {
        if (!visit.status.next().contains(target)) {
            throw transitionConflict(visit, target.name());
        }
    }

    private static ApiException transitionConflict(Visit visit, Object target) {
        List<VisitStatus> allowed = visit.status.next();
        return new ApiException(409, "illegal-transition", "Illegal transition",
                "a " + visit.status + " visit cannot take " + target + "; allowed next states: "
                        + (allowed.isEmpty() ? "none" : allowed), null);
    }

    private void apply(Visit visit, VisitRequest request) {
        if (!customers.isVisible(request.customerId())) {
            throw ApiException.badRequest("customerId", "no customer with this id");
        }
        if (request.equipmentId() != null && !request.customerId().equals(equipment.ownerOf(request.equipmentId()))) {
            throw ApiException.badRequest("equipmentId", "no equipment with this id for this customer");
        }
        UUID dealerId = stations.dealerOf(request.stationId());
        if (dealerId == null || !caller.canSeeStation(request.stationId(), dealerId)) {
            throw ApiException.badRequest("stationId", "no station with this id");
        }
        if (request.requestedAt() != null && request.requestedAt().isAfter(time.now().plus(config.clockTolerance()))) {
            throw ApiException.badRequest("requestedAt", "is in the future");
        }
        if (request.repairOrderNumber() != null && Visit.count("dealerId = ?1 and repairOrderNumber = ?2 and id <> ?3",
                dealerId, request.repairOrderNumber(), visit.id == null ? new UUID(0, 0) : visit.id) > 0) {
            throw ApiException.conflict("repair order " + request.repairOrderNumber() + " already exists for this dealer");
        }
        visit.customerId = request.customerId();
        visit.equipmentId = request.equipmentId();
        visit.stationId = request.stationId();
        visit.dealerId = dealerId;
        visit.type = request.type();
        visit.faultReported = request.faultReported();
        visit.diagnosis = request.diagnosis();
        visit.workDone = request.workDone();
        visit.labourHours = request.labourHours();
        visit.costAmount = request.cost() == null ? null : request.cost().amount();
        visit.costCurrency = request.cost() == null ? null : request.cost().currency();
        if (visit.status != VisitStatus.COMPLETED || request.outcome() != null) {
            visit.outcome = request.outcome();
        }
        visit.meterReading = request.meterReading();
        visit.meterUnit = request.meterUnit();
        if (request.requestedAt() != null) {
            visit.requestedAt = request.requestedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        } else if (visit.requestedAt == null) {
            visit.requestedAt = time.now();
        }
        visit.repairOrderNumber = request.repairOrderNumber();
        visit.detailsUpdatedAt = time.now();
        visit.replaceOwnParts(request.parts());
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
