package io.fieldback.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.notification.Channel;
import io.fieldback.notification.TemplateView;

/** One version of a message text; never changed once made, so what was sent can be read back. */
@Entity
@Table(name = "notification_templates")
public class MessageTemplate extends BaseEntity {

    @Column(nullable = false, length = 64)
    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @Column(nullable = false, length = 16)
    public String locale;

    @Column(name = "template_version", nullable = false)
    public int templateVersion;

    @Column(length = 200)
    public String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String body;

    @Column(name = "provider_template_id", length = 64)
    public String providerTemplateId;

    /** The newest version for a topic, channel and locale; null when there is none. */
    static MessageTemplate latest(String topic, Channel channel, String locale) {
        return find("topic = ?1 and channel = ?2 and locale = ?3 order by templateVersion desc", topic, channel,
                locale).firstResult();
    }

    TemplateView view() {
        return new TemplateView(id, topic, channel, locale, templateVersion, subject, body, providerTemplateId,
                version, createdAt, updatedAt);
    }
}
