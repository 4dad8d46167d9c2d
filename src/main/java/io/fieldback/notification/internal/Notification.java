package io.fieldback.notification.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.notification.Channel;
import io.fieldback.notification.NotificationStatus;
import io.fieldback.notification.NotificationView;

/** One message to one contact about one event. */
@Entity
@Table(name = "notifications")
public class Notification extends BaseEntity {

    @Column(name = "event_key", nullable = false, length = 80)
    public String eventKey;

    @Column(name = "event_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID eventId;

    @Column(nullable = false, length = 64)
    public String topic;

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(name = "contact_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID contactId;

    @Column(name = "subject_id", length = 64)
    public String subjectId;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public NotificationStatus status;

    @Column(length = 64)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Channel channel;

    @Column(length = 255)
    public String address;

    @Column(name = "template_version")
    public Integer templateVersion;

    @Column(name = "provider_template_id", length = 64)
    public String providerTemplateId;

    @Column(columnDefinition = "TEXT")
    public String body;

    @Column(name = "not_before", nullable = false)
    public Instant notBefore;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "sending_since")
    public Instant sendingSince;

    @Column(name = "provider_message_id", length = 100)
    public String providerMessageId;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    void end(NotificationStatus end, String why, Instant at) {
        status = end;
        reason = why;
        finishedAt = at;
    }

    void defer(String why, Instant until) {
        status = NotificationStatus.DEFERRED;
        reason = why;
        notBefore = until;
    }

    NotificationView view() {
        return new NotificationView(id, eventId, topic, customerId, contactId, status, reason, channel,
                templateVersion, body, notBefore, expiresAt, attempts, providerMessageId, sentAt, deliveredAt,
                version, createdAt, updatedAt);
    }
}
