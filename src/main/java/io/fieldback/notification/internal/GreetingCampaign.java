package io.fieldback.notification.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.customer.Importance;
import io.fieldback.customer.Relationship;
import io.fieldback.notification.NotificationCampaignView;
import io.fieldback.notification.NotificationStatus;

/** Greetings to a segment; its messages are the notifications whose event id is this id. */
@Entity
@Table(name = "notification_campaigns")
public class GreetingCampaign extends BaseEntity {

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 64)
    public String topic;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String payload;

    @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(length = 40)
    public String region;

    @Column(length = 64)
    public String province;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Importance importance;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Relationship relationship;

    @Column(name = "send_from", nullable = false)
    public Instant sendFrom;

    @Column(name = "send_until", nullable = false)
    public Instant sendUntil;

    @Column(name = "rate_per_minute", nullable = false)
    public int ratePerMinute;

    @Column(nullable = false)
    public int messages;

    NotificationCampaignView view(Map<String, String> values, Map<NotificationStatus, Long> byStatus) {
        return new NotificationCampaignView(id, name, topic, values, new NotificationCampaignView.Segment(dealerId,
                region, province, importance, relationship), sendFrom, sendUntil, ratePerMinute, messages, byStatus,
                version, createdAt, updatedAt);
    }
}
