package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.fieldback.common.TimeSource;
import io.fieldback.complaint.ComplaintWorkflow;
import io.fieldback.customer.ContactService;
import io.fieldback.customer.ContactView;
import io.fieldback.customer.CustomerChanged;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;

/**
 * The one rule that decides whether a call may be made (DOMAIN.md, "Follow-up calls"), with the facts as
 * they stand: at scheduling, at the day's draw, at hand-out, and whenever the customer changes or another of
 * its calls is made. Each time it first refreshes what the call copies from the customer (relationship,
 * contact, product line), so the queue and the draw read current facts from one table.
 * <p>
 * Scheduled calls (source VISIT) follow every rule. Calls made by hand and second-satisfaction calls are
 * stopped only by do-not-call and a missing contact: a person, or a promise to a complaining customer, chose
 * that customer; a second-satisfaction call also stops when its complaint was reopened (its closure no
 * longer stands).
 */
@ApplicationScoped
public class CallEligibility {

    /** Calls that were made: a call of the customer within the window in one of these makes it "called recently". */
    static final List<FollowUpStatus> MADE = List.of(FollowUpStatus.COMPLETED, FollowUpStatus.REFUSED,
            FollowUpStatus.UNREACHABLE);
    /** Calls still to be made: they count against a call created after them, not against an older one. */
    static final List<FollowUpStatus> TO_BE_MADE = List.of(FollowUpStatus.OPEN, FollowUpStatus.AWAITING_SAMPLE);

    private final CustomerService customers;
    private final ContactService contacts;
    private final EquipmentService equipment;
    private final FollowUpConfig config;
    private final FollowUpPolicy policy;
    private final TimeSource time;
    private final ComplaintWorkflow complaints;
    private final Event<FollowUpCallsChanged> changes;

    public CallEligibility(CustomerService customers, ContactService contacts, EquipmentService equipment,
            FollowUpConfig config, FollowUpPolicy policy, TimeSource time, ComplaintWorkflow complaints,
            Event<FollowUpCallsChanged> changes) {
        this.changes = changes;
        this.complaints = complaints;
        this.customers = customers;
        this.contacts = contacts;
        this.equipment = equipment;
        this.config = config;
        this.policy = policy;
        this.time = time;
    }

    /** Refreshes the call's copies of the customer's facts and returns why it may not be made, or null. */
    public IneligibleReason decide(FollowUp call) {
        return decide(call, customers.find(call.customerId), contacts.callTarget(call.customerId),
                equipment.find(call.equipmentId), this::calledRecently);
    }

    /** The same rule on the facts read for a batch of calls ({@link #factsOf}). */
    public IneligibleReason decide(FollowUp call, CallFacts facts) {
        return decide(call, facts.customer(call.customerId), facts.callTarget(call.customerId),
                facts.unit(call.equipmentId), c -> facts.calledRecently(c, config.recentCallWindow()));
    }

    /**
     * The facts the calls of a batch of visits are decided on, in one query each: their customers, call targets
     * and machines, which of the visits have a call, and the customers' calls due within the recent-call window
     * of {@code [firstDue, lastDue]}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CallFacts factsOf(Collection<UUID> customerIds, Collection<UUID> equipmentIds, Collection<UUID> visitIds,
            Instant firstDue, Instant lastDue) {
        Map<UUID, CustomerView> found = customers.findByCodesOrIds(List.of(), customerIds).stream()
                .collect(Collectors.toMap(CustomerView::id, c -> c));
        List<UUID> withCalls = visitIds.isEmpty() ? List.of() : FollowUp.getEntityManager().createQuery(
                "select f.visitId from FollowUp f where f.visitId in :visits", UUID.class)
                .setParameter("visits", visitIds).getResultList();
        return new CallFacts(found, contacts.activeContacts(customerIds), equipment.find(equipmentIds), withCalls,
                recentCalls(customerIds, firstDue.minus(config.recentCallWindow()),
                        lastDue.plus(config.recentCallWindow())));
    }

    private static List<CallFacts.Recent> recentCalls(Collection<UUID> customerIds, Instant from, Instant to) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return FollowUp.getEntityManager().createQuery("select f.customerId, f.id, f.dueAt, f.status from FollowUp f "
                + "where f.customerId in :customers and f.dueAt > :from and f.dueAt < :to and f.status in :statuses",
                Object[].class).setParameter("customers", customerIds).setParameter("from", from)
                .setParameter("to", to).setParameter("statuses", Stream.concat(MADE.stream(), TO_BE_MADE.stream())
                        .toList())
                .getResultStream().map(r -> new CallFacts.Recent((UUID) r[0], (UUID) r[1], (Instant) r[2],
                        (FollowUpStatus) r[3])).toList();
    }

    private IneligibleReason decide(FollowUp call, CustomerView customer, ContactView contact, EquipmentView unit,
            Predicate<FollowUp> calledRecently) {
        copy(call, customer, contact, unit);
        if (customer == null || customer.doNotCall()) {
            return IneligibleReason.DO_NOT_CALL;
        }
        if (contact == null) {
            return IneligibleReason.NO_CONTACT;
        }
        if (call.complaintId != null && call.complaintClosure != null
                && !complaints.closureStands(call.complaintId, call.complaintClosure)) {
            return IneligibleReason.COMPLAINT_REOPENED;
        }
        if (call.source != FollowUpSource.VISIT && call.source != FollowUpSource.DELIVERY) {
            return null;
        }
        return decideScheduled(call, customer, unit, calledRecently);
    }

    /** The rules only the scheduled calls (after a visit, after a delivery) answer to. */
    private IneligibleReason decideScheduled(FollowUp call, CustomerView customer, EquipmentView unit,
            Predicate<FollowUp> calledRecently) {
        if (policy.excludedRelationships().contains(customer.relationship())) {
            return IneligibleReason.EXCLUDED_SEGMENT;
        }
        // the milestone leaves new deliveries to their own call: the after-delivery call is that call
        if (call.source == FollowUpSource.VISIT && unit != null && unit.deliveryDate() != null && unit.deliveryDate().atStartOfDay(config.timeZone())
                .toInstant().plus(config.deliveryMilestone()).isAfter(call.dueAt)) {
            return IneligibleReason.NOT_PAST_DELIVERY_MILESTONE;
        }
        if (calledRecently.test(call)) {
            return IneligibleReason.CALLED_RECENTLY;
        }
        return null;
    }

    /**
     * Decides a call still to be made again; one that may no longer be made is closed as NOT_ELIGIBLE with
     * the reason and the time. Returns whether it may still be made.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean stillEligible(FollowUp call) {
        IneligibleReason reason = decide(call);
        if (reason != null) {
            close(call, reason, time.now());
        }
        // deciding again may close the call or copy new facts (relationship, product line) into it
        changes.fire(FollowUpCallsChanged.due(call.dueAt));
        return reason == null;
    }

    /** Every call of the customer still to be made, decided again (oldest first); returns how many closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recheckCustomer(UUID customerId) {
        int closed = 0;
        for (FollowUp call : FollowUp.<FollowUp>list("customerId = ?1 and status in (?2) order by id", customerId,
                TO_BE_MADE)) {
            closed += stillEligible(call) ? 0 : 1;
        }
        return closed;
    }

    /** The customer's do-not-call flag, relationship, a contact or equipment changed: in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCustomerChanged(@Observes CustomerChanged changed) {
        recheckCustomer(changed.customerId());
    }

    static void close(FollowUp call, IneligibleReason reason, Instant now) {
        call.status = FollowUpStatus.NOT_ELIGIBLE;
        call.ineligibleReason = reason;
        call.closedAt = now;
        call.availableAt = null;
        call.claimedBy = null;
        call.claimExpiresAt = null;
    }

    /**
     * Another call of the customer due within the recent-call window of this one was made, or is to be made
     * and was created before this one (UUID v7 ids grow with time). At scheduling every other call is older,
     * so this is the rule as it always was; later, a call made by hand after this one was scheduled counts
     * once it has been made, and two calls to be made never both stop each other. One call's facts are read
     * as a batch's are, and the same rule ({@link CallFacts#calledRecently}) runs over them.
     */
    private boolean calledRecently(FollowUp call) {
        return CallFacts.calledRecently(recentCalls(List.of(call.customerId),
                call.dueAt.minus(config.recentCallWindow()), call.dueAt.plus(config.recentCallWindow())), call,
                config.recentCallWindow());
    }

    private void copy(FollowUp call, CustomerView customer, ContactView contact, EquipmentView unit) {
        if (customer != null) {
            call.relationship = customer.relationship();
        }
        call.productLine = unit == null ? call.productLine : productLine(unit.productSeries());
        if (contact != null) {
            call.contactId = contact.id();
            call.contactName = contact.name();
            call.phone = contact.phone();
            call.windowStart = contact.callWindowStart();
            call.windowEnd = contact.callWindowEnd();
        }
    }

    /** The product line covering an equipment series (fieldback.followup.product-lines); else the series itself. */
    public String productLine(String series) {
        for (Map.Entry<String, List<String>> line : config.productLines().entrySet()) {
            if (line.getValue().contains(series)) {
                return line.getKey();
            }
        }
        return series;
    }
}
