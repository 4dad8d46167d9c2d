package io.fieldback.followup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.TimeSource;
import io.fieldback.complaint.ComplaintClosed;
import io.fieldback.customer.ContactService;
import io.fieldback.customer.ContactView;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.fieldback.visit.VisitCompleted;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Creates calls and decides whether they may be made. Copies into the call what the queue needs
 * (relationship, product line, the contact's phone and call window) so the queue reads one table.
 */
@ApplicationScoped
public class CallPlanner {

    static final String SYSTEM = "system";

    private final CustomerService customers;
    private final ContactService contacts;
    private final EquipmentService equipment;
    private final FollowUpConfig config;
    private final FollowUpPolicy policy;
    private final TimeSource time;

    public CallPlanner(CustomerService customers, ContactService contacts, EquipmentService equipment,
            FollowUpConfig config, FollowUpPolicy policy, TimeSource time) {
        this.customers = customers;
        this.contacts = contacts;
        this.equipment = equipment;
        this.config = config;
        this.policy = policy;
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

    /** The call of a completed visit, or null when the visit already has one. */
    @Transactional(Transactional.TxType.MANDATORY)
    FollowUp fromVisit(VisitCompleted visit) {
        lockCustomer(visit.customerId());
        if (FollowUp.existsForVisit(visit.visitId())) {
            return null;
        }
        FollowUp call = new FollowUp();
        call.source = FollowUpSource.VISIT;
        call.visitId = visit.visitId();
        call.stationId = visit.stationId();
        call.dealerId = visit.dealerId();
        call.createdBy = SYSTEM;
        Instant completedAt = visit.completedAt() != null ? visit.completedAt() : time.now();
        call.dueAt = completedAt.plus(config.delay());
        decide(call, visit.customerId(), visit.equipmentId(), true);
        call.persist();
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
        decide(call, closed.customerId(), closed.equipmentId(), false);
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
        decide(call, customerId, equipmentId, false);
        call.persist();
        return call;
    }

    private void decide(FollowUp call, UUID customerId, UUID equipmentId, boolean automatic) {
        CustomerView customer = customers.find(customerId);
        EquipmentView unit = equipment.find(equipmentId);
        ContactView contact = contacts.callTarget(customerId);
        call.customerId = customerId;
        call.relationship = customer.relationship();
        call.equipmentId = unit == null ? null : unit.id();
        call.productLine = unit == null ? null : productLine(unit.productSeries());
        if (contact != null) {
            call.contactId = contact.id();
            call.contactName = contact.name();
            call.phone = contact.phone();
            call.windowStart = contact.callWindowStart();
            call.windowEnd = contact.callWindowEnd();
        }
        call.ineligibleReason = reason(call, customer, contact, unit, automatic);
        if (call.ineligibleReason != null) {
            call.status = FollowUpStatus.NOT_ELIGIBLE;
            call.closedAt = time.now();
        } else if (automatic && policy.samplingEnabled()) {
            call.status = FollowUpStatus.AWAITING_SAMPLE;
        } else {
            call.status = FollowUpStatus.OPEN;
            call.availableAt = call.dueAt;
        }
    }

    private IneligibleReason reason(FollowUp call, CustomerView customer, ContactView contact, EquipmentView unit,
            boolean automatic) {
        if (customer.doNotCall()) {
            return IneligibleReason.DO_NOT_CALL;
        }
        if (contact == null) {
            return IneligibleReason.NO_CONTACT;
        }
        if (!automatic) {
            return null;
        }
        if (policy.excludedRelationships().contains(customer.relationship())) {
            return IneligibleReason.EXCLUDED_SEGMENT;
        }
        if (unit != null && unit.deliveryDate() != null && unit.deliveryDate().atStartOfDay(config.timeZone())
                .toInstant().plus(config.deliveryMilestone()).isAfter(call.dueAt)) {
            return IneligibleReason.NOT_PAST_DELIVERY_MILESTONE;
        }
        if (calledRecently(call)) {
            return IneligibleReason.CALLED_RECENTLY;
        }
        return null;
    }

    /** Another call of the customer that is (or was) to be made within the recent-call window of this one. */
    private boolean calledRecently(FollowUp call) {
        return FollowUp.count("customerId = ?1 and status not in (?2) and dueAt > ?3 and dueAt < ?4", call.customerId,
                List.of(FollowUpStatus.NOT_ELIGIBLE, FollowUpStatus.NOT_SAMPLED),
                call.dueAt.minus(config.recentCallWindow()), call.dueAt.plus(config.recentCallWindow())) > 0;
    }

    /** The product line covering an equipment series (fieldback.followup.product-lines); else the series itself. */
    String productLine(String series) {
        for (Map.Entry<String, List<String>> line : config.productLines().entrySet()) {
            if (line.getValue().contains(series)) {
                return line.getKey();
            }
        }
        return series;
    }
}
