package io.fieldback.visit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.EventRecorder;
import io.fieldback.common.FieldError;
import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.fieldback.visit.internal.StoredOrders;
import io.fieldback.visit.internal.Timeline;
import io.fieldback.visit.internal.TimelineWriter;
import io.fieldback.visit.internal.UsedPart;
import io.fieldback.visit.internal.Visit;
import io.fieldback.visit.internal.VisitBulkWrites;
import io.fieldback.visit.internal.VisitEvent;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Applies dealers' repair orders to visits in bulk, in chunks of {@link #BULK_BATCH}: one query per table reads
 * a chunk's stored orders (locked), their parts, technicians and timelines; the rules run in memory; one JDBC
 * batch per table and kind writes the chunk, its domain events too (plain JDBC on the transaction's connection,
 * no entity state). A repair order is a visit; its status
 * becomes timeline events, so a dealer and a phone editing one visit merge instead of overwriting.
 *
 * <p>Conflict rule: the two field groups are decided separately. Details (fault, diagnosis, work, parts,
 * cost, meter) take the later of the dealer's updatedAt and the time of the last phone or back-office
 * edit; status is never overwritten but merged as events, and an order whose status contradicts a
 * finished visit is rejected as a whole, with the reason, rather than half applied.
 */
@ApplicationScoped
public class RepairOrderService {

    /** Rows per JDBC batch and ids per IN read in a bulk upsert. */
    static final int BULK_BATCH = 1000;

    private final DomainEvents domainEvents;
    private final TimeSource time;
    private final Caller caller;

    public RepairOrderService(DomainEvents domainEvents, TimeSource time, Caller caller) {
        this.domainEvents = domainEvents;
        this.time = time;
        this.caller = caller;
    }

    /** What the dealer says happened; stations, customers and equipment already resolved to ids. */
    public record Order(String repairOrderNumber, Instant dealerUpdatedAt, UUID stationId, UUID customerId,
            UUID equipmentId, VisitType type, VisitStatus status, Instant requestedAt, Instant arrivedAt,
            Instant completedAt, Instant cancelledAt, String cancelReason, Outcome outcome, String faultReported,
            String diagnosis, String workDone, List<PartRequest> parts, BigDecimal labourHours, Money cost,
            Integer meterReading, MeterUnit meterUnit) {
    }

    public enum Result {
        CREATED, UPDATED, UNCHANGED, STALE, REJECTED
    }

    public record Applied(UUID visitId, Result result, List<FieldError> errors, List<String> notes) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Applied> upsert(UUID dealerId, List<Order> orders) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        // the customers and units registered for this request go out in batches of this size (multi-row INSERTs)
        session.setJdbcBatchSize(BULK_BATCH);
        // customers and units registered for this request must exist before visits name them
        session.flush();
        List<Applied> results = new ArrayList<>(orders.size());
        for (int from = 0; from < orders.size(); from += BULK_BATCH) {
            results.addAll(upsertChunk(session, dealerId, orders.subList(from, Math.min(orders.size(), from + BULK_BATCH))));
        }
        session.flush();
        return results;
    }

    /** One chunk: one read per table of what is stored, the rules in memory, one write per table and kind. */
    private List<Applied> upsertChunk(Session session, UUID dealerId, List<Order> chunk) {
        List<String> numbers = chunk.stream().map(Order::repairOrderNumber).toList();
        StoredOrders stored = session.doReturningWork(c -> StoredOrders.read(c, dealerId, numbers));
        VisitBulkWrites writes = new VisitBulkWrites(domainEvents.batch());
        List<Applied> results = new ArrayList<>(chunk.size());
        for (Order order : chunk) {
            Visit visit = stored.visit(order.repairOrderNumber());
            results.add(visit == null ? create(dealerId, order, writes)
                    : update(visit, stored.timeline(visit.id), order, writes));
        }
        session.doWork(writes::write);
        return results;
    }

    private Applied create(UUID dealerId, Order order, VisitBulkWrites writes) {
        Visit visit = new Visit();
        visit.id = io.fieldback.common.UuidV7.next();
        visit.dealerId = dealerId;
        visit.source = VisitSource.DEALER_SYSTEM;
        visit.repairOrderNumber = order.repairOrderNumber();
        applyDetails(visit, order);
        visit.stationId = order.stationId();
        visit.customerId = order.customerId();
        visit.equipmentId = order.equipmentId();
        visit.requestedAt = micros(order.requestedAt());
        visit.dealerUpdatedAt = micros(order.dealerUpdatedAt());
        visit.detailsUpdatedAt = visit.dealerUpdatedAt;
        List<VisitEvent> events = statusEvents(visit.id, order);
        Timeline.apply(visit, events);
        writes.create(visit, events);
        TimelineWriter.announce(writes.events(), visit, VisitStatus.REQUESTED, caller.name());
        return new Applied(visit.id, Result.CREATED, List.of(), List.of());
    }

    /** Why a stored order is left as it is (stale version, other station or customer), or null. */
    private static Applied refusal(Visit visit, Order order, Instant updatedAt) {
        if (visit.dealerUpdatedAt != null && updatedAt.isBefore(visit.dealerUpdatedAt)) {
            return new Applied(visit.id, Result.STALE, List.of(),
                    List.of("a newer version (" + visit.dealerUpdatedAt + ") is already stored"));
        }
        if (!order.stationId().equals(visit.stationId) || !order.customerId().equals(visit.customerId)) {
            return rejected(visit.id, "repairOrderNumber",
                    "this repair order already exists for another station or customer; they cannot change");
        }
        return null;
    }

    private Applied update(Visit visit, List<VisitEvent> timeline, Order order, VisitBulkWrites writes) {
        Instant updatedAt = micros(order.dealerUpdatedAt());
        Applied refused = refusal(visit, order, updatedAt);
        if (refused != null) {
            return refused;
        }
        List<VisitEvent> added = statusEvents(visit.id, order).stream()
                .filter(e -> timeline.stream().noneMatch(t -> t.id.equals(e.id))).toList();
        if (Timeline.conflicts(visit, timeline, added)) {
            return rejected(visit.id, "status", "the visit is already " + visit.status + " (since "
                    + Timeline.finalAt(visit) + "); a repair order cannot reopen or change a finished visit");
        }
        List<UsedPart> partsBefore = List.copyOf(visit.parts);
        Set<UUID> techniciansBefore = Set.copyOf(visit.technicianIds);
        List<String> notes = new ArrayList<>();
        boolean changed = applyNewerDetails(visit, order, updatedAt, notes);
        if (!added.isEmpty()) {
            addStatusEvents(visit, timeline, added, writes.events());
            changed = true;
        }
        boolean rowChanged = changed || !updatedAt.equals(visit.dealerUpdatedAt);
        visit.dealerUpdatedAt = updatedAt;
        if (rowChanged) {
            // UsedPart has no value equality: a replaced list holds new parts, so it is written again
            writes.change(visit, added, !partsBefore.equals(visit.parts),
                    !techniciansBefore.equals(visit.technicianIds));
        }
        return new Applied(visit.id, changed ? Result.UPDATED : Result.UNCHANGED, List.of(), notes);
    }

    /** Takes the order's details unless the visit's were changed after this version; true when they changed. */
    private static boolean applyNewerDetails(Visit visit, Order order, Instant updatedAt, List<String> notes) {
        if (sameDetails(visit, order)) {
            return false;
        }
        if (visit.detailsUpdatedAt == null || updatedAt.isAfter(visit.detailsUpdatedAt)) {
            applyDetails(visit, order);
            visit.equipmentId = order.equipmentId();
            visit.requestedAt = micros(order.requestedAt());
            visit.detailsUpdatedAt = updatedAt;
            return true;
        }
        notes.add("details kept: they were changed at " + visit.detailsUpdatedAt
                + ", after this version's updatedAt");
        return false;
    }

    private void addStatusEvents(Visit visit, List<VisitEvent> timeline, List<VisitEvent> added,
            EventRecorder events) {
        VisitStatus before = visit.status;
        List<VisitEvent> all = new ArrayList<>(timeline);
        all.addAll(added);
        Timeline.apply(visit, all);
        TimelineWriter.announce(events, visit, before, caller.name());
    }

    /**
     * The dealer's status as timeline events. Their ids derive from the order and the event type, so a
     * replayed or re-sent order adds nothing.
     */
    private List<VisitEvent> statusEvents(UUID visitId, Order order) {
        List<VisitEvent> events = new ArrayList<>();
        if (order.arrivedAt() != null) {
            events.add(event(visitId, order, VisitEventType.ARRIVED, order.arrivedAt()));
        }
        if (order.status() == VisitStatus.COMPLETED) {
            VisitEvent completed = event(visitId, order, VisitEventType.COMPLETED, order.completedAt());
            completed.outcome = order.outcome();
            events.add(completed);
        }
        if (order.status() == VisitStatus.CANCELLED) {
            VisitEvent cancelled = event(visitId, order, VisitEventType.CANCELLED,
                    order.cancelledAt() != null ? order.cancelledAt() : order.dealerUpdatedAt());
            cancelled.note = order.cancelReason() != null ? order.cancelReason() : "cancelled in the dealer's system";
            events.add(cancelled);
        }
        return events;
    }

    private VisitEvent event(UUID visitId, Order order, VisitEventType type, Instant at) {
        VisitEvent event = new VisitEvent();
        event.id = UUID.nameUUIDFromBytes(("dms|" + visitId + "|" + type).getBytes(StandardCharsets.UTF_8));
        event.visitId = visitId;
        event.type = type;
        event.occurredAt = micros(at);
        event.receivedAt = time.now();
        event.author = caller.name();
        return event;
    }

    private static Applied rejected(UUID visitId, String field, String message) {
        return new Applied(visitId, Result.REJECTED, List.of(new FieldError(field, message)), List.of());
    }

    private static void applyDetails(Visit visit, Order order) {
        visit.type = order.type();
        visit.faultReported = order.faultReported();
        visit.diagnosis = order.diagnosis();
        visit.workDone = order.workDone();
        visit.labourHours = order.labourHours();
        visit.costAmount = order.cost() == null ? null : order.cost().amount();
        visit.costCurrency = order.cost() == null ? null : order.cost().currency();
        visit.meterReading = order.meterReading();
        visit.meterUnit = order.meterUnit();
        visit.replaceOwnParts(order.parts());
    }

    private static boolean sameDetails(Visit v, Order o) {
        VisitRequest asRequest = new VisitRequest(o.customerId(), o.equipmentId(), o.stationId(), o.type(),
                o.faultReported(), o.diagnosis(), o.workDone(), o.parts(), o.labourHours(), o.cost(), v.outcome,
                o.meterReading(), o.meterUnit(), micros(o.requestedAt()), v.repairOrderNumber);
        return asRequest.sameAs(v);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
