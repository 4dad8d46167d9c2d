package io.fieldback.notification.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.notification.Channel;
import io.fieldback.notification.TopicView;

/** How the events of one topic become messages (see TopicView). Lists are stored comma-separated. */
@Entity
@Table(name = "notification_topics")
public class TopicRule extends BaseEntity {

    @Column(nullable = false, length = 64)
    public String topic;

    @Column(nullable = false, length = 500)
    public String fields;

    @Column(nullable = false, length = 100)
    public String channels;

    @Column(nullable = false)
    public boolean urgent;

    @Column(nullable = false)
    public boolean courtesy;

    @Column(name = "expires_after", length = 32)
    public String expiresAfter;

    @Column(name = "subject_field", length = 64)
    public String subjectField;

    @Column(name = "expired_by", nullable = false, length = 500)
    public String expiredBy;

    @Column(name = "once_per_subject", nullable = false)
    public boolean oncePerSubject;

    static TopicRule byTopic(String topic) {
        return find("topic", topic).firstResult();
    }

    List<String> fieldList() {
        return split(fields);
    }

    List<Channel> channelList() {
        return split(channels).stream().map(Channel::valueOf).toList();
    }

    List<String> expiredByList() {
        return split(expiredBy);
    }

    Duration expiry() {
        return expiresAfter == null ? null : Duration.parse(expiresAfter);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).toList();
    }

    TopicView view() {
        return new TopicView(id, topic, fieldList(), channelList(), urgent, courtesy, expiry(), subjectField,
                expiredByList(), oncePerSubject, version, createdAt, updatedAt);
    }
}
