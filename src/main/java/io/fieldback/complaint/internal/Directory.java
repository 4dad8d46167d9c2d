package io.fieldback.complaint.internal;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What complaints need to know about customers, their equipment and visits (existence regardless of the caller's
 * tenancy, the dealer concerned), read through the views customer and visit publish ({@link DirectoryRows}): the
 * dealer scope is a JPQL subquery of the complaint list, so a per-row query method would not serve it.
 */
@ApplicationScoped
class Directory {

    /**
     * JPQL that limits complaints to those a dealer may see: about its customers or about its visits.
     * {@code :p} is the dealer id.
     */
    static final String OF_DEALER = "(e.customerId in (select c.id from ComplaintCustomerFact c where c.dealerId = :p)"
            + " or e.visitId in (select v.id from ComplaintVisitFact v where v.dealerId = :p))";

    /** A customer as complaints see it: that it exists, and the dealer serving it (may be null). */
    record CustomerRef(UUID id, UUID dealerId) {
    }

    /** A visit as complaints see it: whose it was and which dealer's station did it. */
    record VisitRef(UUID id, UUID customerId, UUID dealerId) {
    }

    /** The customer, or null when there is none with this id. */
    CustomerRef customer(UUID customerId) {
        List<UUID> dealers = Panache.getEntityManager()
                .createQuery("select c.dealerId from ComplaintCustomerFact c where c.id = :id", UUID.class)
                .setParameter("id", customerId).getResultList();
        return dealers.isEmpty() ? null : new CustomerRef(customerId, dealers.get(0));
    }

    /** The visit, or null when none is known by this id (a dealer's repair order may not be synced yet). */
    VisitRef visit(UUID visitId) {
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery("select v.customerId, v.dealerId from ComplaintVisitFact v where v.id = :id", Object[].class)
                .setParameter("id", visitId).getResultList();
        return rows.isEmpty() ? null : new VisitRef(visitId, (UUID) rows.get(0)[0], (UUID) rows.get(0)[1]);
    }

    boolean ownsEquipment(UUID customerId, UUID equipmentId) {
        return Panache.getEntityManager()
                .createQuery("select count(e) from ComplaintEquipmentFact e where e.id = :id and e.customerId = :customer",
                        Long.class)
                .setParameter("id", equipmentId).setParameter("customer", customerId).getSingleResult() > 0;
    }
}
