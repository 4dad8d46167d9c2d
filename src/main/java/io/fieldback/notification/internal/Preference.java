package io.fieldback.notification.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.notification.Channel;
import io.fieldback.notification.PreferenceView;

/** A contact's say on one channel and topic ('*': every topic). */
@Entity
@Table(name = "notification_preferences")
public class Preference extends BaseEntity {

    static final String EVERY_TOPIC = "*";

    @Column(name = "contact_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @Column(nullable = false, length = 64)
    public String topic;

    @Column(name = "opted_out", nullable = false)
    public boolean optedOut;

    @Column(nullable = false, length = 16)
    public String source;

    /** A topic's own preference wins over the channel-wide one. */
    static boolean optedOut(UUID contactId, Channel channel, String topic) {
        Preference own = find("contactId = ?1 and channel = ?2 and topic = ?3", contactId, channel, topic).firstResult();
        if (own != null) {
            return own.optedOut;
        }
        Preference all = find("contactId = ?1 and channel = ?2 and topic = ?3", contactId, channel, EVERY_TOPIC)
                .firstResult();
        return all != null && all.optedOut;
    }

    PreferenceView view() {
        return new PreferenceView(id, contactId, channel, topic, optedOut, source, version, createdAt, updatedAt);
    }
}
