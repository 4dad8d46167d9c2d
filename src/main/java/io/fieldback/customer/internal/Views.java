package io.fieldback.customer.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.TypedQuery;

import io.fieldback.customer.ContactView;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.EquipmentView;
import io.fieldback.privacy.PersonalData;

/** The customer feature's views, from its entities or, for bulk reads, straight from a query. */
final class Views {

    /*
     * The views read as query results, not entities, for bulk reads: managed entities stay in the transaction's
     * persistence context, and every later flush of it dirty-checked them (a batched outbox reader's 50 customers,
     * contacts and machines at each of its flushes, issue 21).
     */
    static final String CUSTOMERS = "select new io.fieldback.customer.CustomerView(c.id, c.code, c.name, c.relationship,"
            + " c.importance, c.region, c.province, c.doNotCall, c.dealerId, c.active, c.version, c.createdAt,"
            + " c.updatedAt) from Customer c";
    static final String CONTACTS = "select new io.fieldback.customer.ContactView(c.id, c.customerId, c.name, c.role,"
            + " c.phone, c.callWindowStart, c.callWindowEnd, c.preferred, c.active, c.version, c.createdAt,"
            + " c.updatedAt) from Contact c";
    static final String EQUIPMENT = "select new io.fieldback.customer.EquipmentView(e.id, e.customerId, e.serialNumber,"
            + " e.productSeries, e.application, e.deliveryDate, e.warrantyUntil, e.warrantyLimit, e.warrantyLimitUnit,"
            + " e.active, e.version, e.createdAt, e.updatedAt) from Equipment e";

    private Views() {
    }

    /** Customers with these codes or ids, as views (see {@link #CUSTOMERS}); one of the two may be empty. */
    static List<CustomerView> customers(Set<String> codes, Set<UUID> ids) {
        // an empty IN list is not valid SQL: leave out the condition it would have been
        String where = codes.isEmpty() ? " where c.id in :ids" : ids.isEmpty() ? " where c.code in :codes"
                : " where c.code in :codes or c.id in :ids";
        TypedQuery<CustomerView> query = Customer.getEntityManager().createQuery(CUSTOMERS + where, CustomerView.class);
        if (!codes.isEmpty()) {
            query.setParameter("codes", codes);
        }
        if (!ids.isEmpty()) {
            query.setParameter("ids", ids);
        }
        return query.getResultList();
    }

    static CustomerView customer(Customer c) {
        return customer(c, true);
    }

    /** {@code clear}: whether the caller may see the name (see io.fieldback.privacy.PersonalData). */
    static CustomerView customer(Customer c, boolean clear) {
        return new CustomerView(c.id, c.code, PersonalData.name(c.name, clear), c.relationship, c.importance, c.region, c.province,
                c.doNotCall, c.dealerId, c.active, c.version, c.createdAt, c.updatedAt);
    }

    static ContactView contact(Contact c) {
        return contact(c, true);
    }

    /** {@code clear}: whether the caller may see name and phone (see io.fieldback.privacy.PersonalData). */
    static ContactView contact(Contact c, boolean clear) {
        return new ContactView(c.id, c.customerId, PersonalData.name(c.name, clear), c.role,
                PersonalData.phone(c.phone, clear), c.callWindowStart, c.callWindowEnd,
                c.preferred, c.active, c.version, c.createdAt, c.updatedAt);
    }

    static EquipmentView equipment(Equipment e) {
        return new EquipmentView(e.id, e.customerId, e.serialNumber, e.productSeries, e.application, e.deliveryDate,
                e.warrantyUntil, e.warrantyLimit, e.warrantyLimitUnit, e.active, e.version, e.createdAt, e.updatedAt);
    }
}
