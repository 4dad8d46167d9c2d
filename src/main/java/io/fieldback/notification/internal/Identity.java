package io.fieldback.notification.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.notification.Channel;
import io.fieldback.notification.IdentityView;

/** Where a contact is reached on a channel. WeChat identities carry their one-time credits. */
@Entity
@Table(name = "notification_identities")
public class Identity extends BaseEntity {

    @Column(name = "contact_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @Column(nullable = false, length = 255)
    public String address;

    public Integer credits;

    @Column(length = 128)
    public String device;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "dropped_reason", length = 64)
    public String droppedReason;

    /** The newest active identity of a channel that can take a message now (WeChat: a credit left). */
    static Identity usable(UUID contactId, Channel channel) {
        return Identity.<Identity>find("contactId = ?1 and channel = ?2 and active = true order by id desc",
                contactId, channel).stream().filter(i -> i.credits == null || i.credits > 0).findFirst().orElse(null);
    }

    IdentityView view() {
        return new IdentityView(id, contactId, channel, address, credits, device, active, droppedReason, version, createdAt,
                updatedAt);
    }
}
