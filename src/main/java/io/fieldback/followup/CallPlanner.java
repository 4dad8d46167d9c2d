package io.fieldback.followup;

import io.fieldback.followup.internal.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.complaint.ComplaintClosed;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.fieldback.visit.VisitCompleted;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Creates calls: their source, purpose and due time here; whether they may be made, and the copies of the
 * customer's facts the queue reads (relationship, product line, contact), from {@link CallEligibility}.
 */
@ApplicationScoped
public class CallPlanner {

    public static final String SYSTEM = "system";

    private final EquipmentService equipment;
    private final FollowUpConfig config;
    private final FollowUpPolicy policy;
    private final CallEligibility eligibility;
    private final TimeSource time;
    private final Event<FollowUpCallsChanged> changes;

    public CallPlanner(EquipmentService equipment, FollowUpConfig config, FollowUpPolicy policy,
            CallEligibility eligibility, TimeSource time, Event<FollowUpCallsChanged> changes) {
        this.changes = changes;
        this.equipment = equipment;
        this.config = config;
        this.policy = policy;
        this.eligibility = eligibility;
        this.time = time;
    }

    /**
     * Serialises the creation of calls per customer until the transaction ends, across instances. Taken
     * before anything is read, so the "called recently" rule then sees every other call of the customer.
     */
    void lockCustomer(UUID customerId) {
        Panache.getEntityManager().createNativeQuery("INSERT INTO followup_customer_locks (customer_id) VALUES (?1) "
                + "ON DUPLICATE KEY UPDATE customer_id = customer_id").setParameter(1, customerId).executeUpdate();
    }

    /** Serialises the creation of calls for several customers at once: one statement, in the ids' order. */
    private static void lockCustomers(List<UUID> customerIds) {
        List<UUID> ordered = customerIds.stream().filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(UUID::toString)).toList();
        if (ordered.isEmpty()) {
            return;
        }
        var insert = Panache.getEntityManager().createNativeQuery("INSERT INTO followup_customer_locks (customer_id) "
                + "VALUES " + String.join(", ", Collections.nCopies(ordered.size(), "(?)"))
                + " ON DUPLICATE KEY UPDATE customer_id = customer_id");
        for (int i = 0; i < ordered.size(); i++) {
            insert.setParameter(i + 1, ordered.get(i));
        }
        insert.executeUpdate();
    }

    /**
     * The calls of a batch of completed visits, in order; returns how many it created (a visit that already has a
     * call gets none). The batch's customers are locked first, then what the calls are decided on is read once
     * for the batch ({@link CallFacts}); each call then counts for the next ones, as with one visit at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int fromVisits(List<VisitCompleted> visits) {
        lockCustomers(visits.stream().map(VisitCompleted::customerId).toList());
        List<Instant> due = visits.stream().map(this::dueAfter).toList();
        CallFacts facts = eligibility.factsOf(ids(visits, VisitCompleted::customerId),
                ids(visits, VisitCompleted::equipmentId), ids(visits, VisitCompleted::visitId),
                Collections.min(due), Collections.max(due));
        List<FollowUp> created = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            VisitCompleted visit = visits.get(i);
            if (!facts.visitHasCall(visit.visitId())) {
                FollowUp call = visitCall(visit, due.get(i));
                place(call, UuidV7.next(), visit.customerId(), facts.unit(visit.equipmentId()),
                        c -> eligibility.decide(c, facts));
                facts.created(call);
                created.add(call);
            }
        }
        // rows, not entities: nothing is left for the flush before the day marks' native statement to insert
        CallRows.insert(created);
        if (!created.isEmpty()) {
            // once for the batch: one statement marks its days
            changes.fire(FollowUpCallsChanged.due(created.stream().map(c -> c.dueAt).toList()));
        }
        return created.size();
    }

    private static Set<UUID> ids(List<VisitCompleted> visits, Function<VisitCompleted, UUID> id) {
        return visits.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private Instant dueAfter(VisitCompleted visit) {
        return (visit.completedAt() != null ? visit.completedAt() : time.now()).plus(config.delay());
    }

    private static FollowUp visitCall(VisitCompleted visit, Instant dueAt) {
        FollowUp call = new FollowUp();
        call.source = FollowUpSource.VISIT;
        call.visitId = visit.visitId();
        call.stationId = visit.stationId();
        call.dealerId = visit.dealerId();
        call.createdBy = SYSTEM;
        call.dueAt = dueAt;
        call.purpose = CallPurpose.FIRST_FOLLOW_UP;
        return call;
    }

    /**
     * The second-satisfaction call of a complaint's closure, or null when that closure already has one.
     * Like a call made by hand, only do-not-call and a missing contact stop it: the customer complained
     * and the business promised to ask again, so segment, delivery, recency and sampling rules do not apply.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    FollowUp fromComplaintClosure(ComplaintClosed closed) {
        lockCustomer(closed.customerId());
        if (FollowUp.existsForComplaintClosure(closed.complaintId(), closed.closure())) {
            return null;
        }
        FollowUp call = new FollowUp();
        call.source = FollowUpSource.SECOND_SATISFACTION;
        call.complaintId = closed.complaintId();
        call.complaintClosure = closed.closure();
        call.createdBy = SYSTEM;
        call.note = "second satisfaction: complaint " + closed.complaintId() + " closed at " + closed.closedAt();
        Instant closedAt = closed.closedAt() != null ? closed.closedAt() : time.now();
        call.dueAt = closedAt.plus(config.secondSatisfaction().delay());
        call.purpose = CallPurpose.SECOND_SATISFACTION;
        decide(call, closed.customerId(), closed.equipmentId());
        call.persist();
        return call;
    }

    /**
     * A maintenance solicitation call (the maintenance feature asks for it once per overdue service, in its
     * transaction). Like a call made by hand, only do-not-call and a missing contact stop it; it is due now and
     * goes through the agents' queue with its call windows. Returns the call's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID maintenanceSolicitation(UUID customerId, UUID equipmentId, UUID stationId, UUID dealerId, String note) {
        lockCustomer(customerId);
        FollowUp call = new FollowUp();
        call.source = FollowUpSource.MAINTENANCE;
        call.stationId = stationId;
        call.dealerId = dealerId;
        call.createdBy = SYSTEM;
        call.note = note;
        call.dueAt = time.now();
        call.purpose = CallPurpose.MAINTENANCE_SOLICITATION;
        decide(call, customerId, equipmentId);
        call.persist();
        return call.id;
    }

    /**
     * The after-delivery call of a machine, or null when it has one: due the set delay after the delivery date,
     * with every rule of a scheduled call (opt-out, segment, called recently) but the delivery milestone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FollowUp afterDelivery(EquipmentView unit) {
        lockCustomer(unit.customerId());
        if (FollowUp.existsAfterDelivery(unit.id())) {
            return null;
        }
        FollowUp call = new FollowUp();
        call.source = FollowUpSource.DELIVERY;
        call.createdBy = SYSTEM;
        call.note = "after delivery: " + unit.serialNumber() + " delivered " + unit.deliveryDate();
        call.dueAt = unit.deliveryDate().atStartOfDay(config.timeZone()).toInstant().plus(config.afterDelivery().delay());
        call.purpose = CallPurpose.AFTER_DELIVERY;
        decide(call, unit.customerId(), unit.id());
        call.persist();
        return call;
    }

    /**
     * A call made by hand. Only do-not-call (the customer's wish) and a missing contact stop it: the
     * person creating it chose this customer on purpose, so segment, delivery and recency rules do not
     * apply, and neither does sampling. The caller has locked the customer and checked the visit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    FollowUp manual(UUID customerId, UUID visitId, UUID stationId, UUID dealerId, UUID equipmentId, Instant dueAt,
            String note, String createdBy) {
        FollowUp call = new FollowUp();
        call.source = FollowUpSource.BACK_OFFICE;
        call.visitId = visitId;
        call.stationId = stationId;
        call.dealerId = dealerId;
        call.note = note;
        call.createdBy = createdBy;
        call.dueAt = dueAt;
        call.purpose = CallPurpose.FIRST_FOLLOW_UP;
        decide(call, customerId, equipmentId);
        call.persist();
        return call;
    }

    /** Fills in what the call copies from the customer and decides, by the one eligibility rule, where it goes. */
    private void decide(FollowUp call, UUID customerId, UUID equipmentId) {
        place(call, UuidV7.next(), customerId, equipment.find(equipmentId), eligibility::decide);
        changes.fire(FollowUpCallsChanged.due(call.dueAt));
    }

    /** The same, but the caller tells the figures that the call changed. */
    private void place(FollowUp call, UUID id, UUID customerId, EquipmentView unit,
            Function<FollowUp, IneligibleReason> rule) {
        // assigned before the rule runs: "called recently" counts the customer's calls created before this one
        call.id = id;
        call.customerId = customerId;
        call.equipmentId = unit == null ? null : unit.id();
        call.ineligibleReason = rule.apply(call);
        if (call.ineligibleReason != null) {
            call.status = FollowUpStatus.NOT_ELIGIBLE;
            call.closedAt = time.now();
        } else if (call.source == FollowUpSource.VISIT && policy.samplingEnabled()) {
            call.status = FollowUpStatus.AWAITING_SAMPLE;
        } else {
            call.status = FollowUpStatus.OPEN;
            call.availableAt = call.dueAt;
        }
    }

    /** The product line covering an equipment series (fieldback.followup.product-lines); else the series itself. */
    String productLine(String series) {
        return eligibility.productLine(series);
    }
}
