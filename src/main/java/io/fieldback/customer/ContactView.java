package io.fieldback.customer;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;
import io.fieldback.customer.internal.Contact;
import io.fieldback.privacy.PersonalData;

@Schema(name = "Contact")
public record ContactView(UUID id, UUID customerId, String name, ContactRole role, String phone,
        @Schema(type = SchemaType.STRING, format = "time") LocalTime callWindowStart,
        @Schema(type = SchemaType.STRING, format = "time") LocalTime callWindowEnd, boolean preferred,
        boolean active, long version, Instant createdAt, Instant updatedAt) implements Versioned {

    static ContactView of(Contact c) {
        return of(c, true);
    }

    /** {@code clear}: whether the caller may see name and phone (see io.fieldback.privacy.PersonalData). */
    static ContactView of(Contact c, boolean clear) {
        return new ContactView(c.id, c.customerId, PersonalData.name(c.name, clear), c.role,
                PersonalData.phone(c.phone, clear), c.callWindowStart, c.callWindowEnd,
                c.preferred, c.active, c.version, c.createdAt, c.updatedAt);
    }
}
