package io.fieldback.customer;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;
import io.fieldback.customer.internal.Customer;
import io.fieldback.privacy.PersonalData;

@Schema(name = "Customer")
public record CustomerView(UUID id, String code, String name, Relationship relationship, Importance importance,
        String region, String province, boolean doNotCall, UUID dealerId, boolean active, long version,
        Instant createdAt, Instant updatedAt) implements Versioned {

    static CustomerView of(Customer c) {
        return of(c, true);
    }

    /** {@code clear}: whether the caller may see the name (see io.fieldback.privacy.PersonalData). */
    static CustomerView of(Customer c, boolean clear) {
        return new CustomerView(c.id, c.code, PersonalData.name(c.name, clear), c.relationship, c.importance, c.region, c.province,
                c.doNotCall, c.dealerId, c.active, c.version, c.createdAt, c.updatedAt);
    }
}
