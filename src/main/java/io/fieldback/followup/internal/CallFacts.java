package io.fieldback.followup.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.fieldback.customer.ContactView;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.EquipmentView;
import io.fieldback.followup.FollowUpStatus;

/**
 * What the calls of a batch of completed visits are decided on, read once for the batch (issue 21: five queries per
 * visit before): the customers, their call targets and machines, the visits that already have a call, and the
 * customers' calls around the batch's due times (the "called recently" rule). A call the batch creates joins them,
 * so the next visits of the batch see it as they did when each visit had its own transaction. Read after the
 * batch's customers are locked, as the one-visit path reads after its customer's lock.
 */
public final class CallFacts {

    /** A call of one of the batch's customers that "called recently" may count. */
    record Recent(UUID customerId, UUID id, Instant dueAt, FollowUpStatus status) {
    }

    private final Map<UUID, CustomerView> customers;
    private final Map<UUID, List<ContactView>> contacts;
    private final Map<UUID, EquipmentView> units;
    private final Set<UUID> visitsWithCalls;
    private final List<Recent> recent;

    CallFacts(Map<UUID, CustomerView> customers, Map<UUID, List<ContactView>> contacts, Map<UUID, EquipmentView> units,
            Collection<UUID> visitsWithCalls, List<Recent> recent) {
        this.customers = customers;
        this.contacts = contacts;
        this.units = units;
        this.visitsWithCalls = new HashSet<>(visitsWithCalls);
        this.recent = new ArrayList<>(recent);
    }

    public boolean visitHasCall(UUID visitId) {
        return visitsWithCalls.contains(visitId);
    }

    public EquipmentView unit(UUID equipmentId) {
        return equipmentId == null ? null : units.get(equipmentId);
    }

    CustomerView customer(UUID customerId) {
        return customers.get(customerId);
    }

    ContactView callTarget(UUID customerId) {
        List<ContactView> active = contacts.getOrDefault(customerId, List.of());
        return active.isEmpty() ? null : active.get(0);
    }

    /** The batch created this call: it has its visit's call now, and counts for the customer's next calls. */
    public void created(FollowUp call) {
        if (call.visitId != null) {
            visitsWithCalls.add(call.visitId);
        }
        recent.add(new Recent(call.customerId, call.id, call.dueAt, call.status));
    }

    /** The "called recently" rule over the calls read for the batch and those it created. */
    boolean calledRecently(FollowUp call, Duration window) {
        return calledRecently(recent, call, window);
    }

    /**
     * The one "called recently" rule ({@link CallEligibility}), over calls read with their due time and status:
     * another call of the customer due within the window of this one that was made, or is to be made and was
     * created before this one.
     */
    static boolean calledRecently(Collection<Recent> calls, FollowUp call, Duration window) {
        Instant from = call.dueAt.minus(window);
        Instant to = call.dueAt.plus(window);
        return calls.stream().anyMatch(r -> r.customerId().equals(call.customerId) && !r.id().equals(call.id)
                && r.dueAt().isAfter(from) && r.dueAt().isBefore(to)
                && (CallEligibility.MADE.contains(r.status())
                        || (CallEligibility.TO_BE_MADE.contains(r.status()) && before(r.id(), call.id))));
    }

    /** The order of the ids' BINARY(16) columns (unsigned, byte by byte), which UUID.compareTo is not. */
    private static boolean before(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high < 0 : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits()) < 0;
    }
}
