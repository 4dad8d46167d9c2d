package io.fieldback.notification.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.notification.ContactProfileView;

/** A contact's messaging profile; its id is the contact's id. */
@Entity
@Table(name = "notification_contacts")
public class ContactProfile extends BaseEntity {

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(name = "time_zone", length = 64)
    public String timeZone;

    @Column(length = 16)
    public String locale;

    @Column(name = "bad_number_at")
    public Instant badNumberAt;

    ContactProfileView view() {
        return new ContactProfileView(id, customerId, timeZone, locale, badNumberAt, version, createdAt, updatedAt);
    }
}
