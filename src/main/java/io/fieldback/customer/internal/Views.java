package io.fieldback.customer.internal;

import io.fieldback.customer.ContactView;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.EquipmentView;
import io.fieldback.privacy.PersonalData;

/** The customer feature's views, from its entities. */
final class Views {

    private Views() {
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
