--liquibase formatted sql

--changeset fieldback:080-notification-topics
-- Which domain-event topics become customer messages, and how: data, not code, so a topic added by
-- another feature (booking.confirmed, dispatch.en-route...) needs a row here and templates, nothing more.
CREATE TABLE notification_topics (
    id BINARY(16) NOT NULL PRIMARY KEY,
    topic VARCHAR(64) NOT NULL,
    fields VARCHAR(500) NOT NULL,
    channels VARCHAR(100) NOT NULL,
    urgent BOOLEAN NOT NULL,
    courtesy BOOLEAN NOT NULL,
    expires_after VARCHAR(32) NULL,
    subject_field VARCHAR(64) NULL,
    expired_by VARCHAR(500) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_notification_topics UNIQUE (topic)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Message templates per topic, channel and locale; a new text is a new version, old ones stay as sent.
CREATE TABLE notification_templates (
    id BINARY(16) NOT NULL PRIMARY KEY,
    topic VARCHAR(64) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    locale VARCHAR(16) NOT NULL,
    template_version INT NOT NULL,
    subject VARCHAR(200) NULL,
    body TEXT NOT NULL,
    provider_template_id VARCHAR(64) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_notification_templates UNIQUE (topic, channel, locale, template_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A contact's messaging profile: time zone for quiet hours, locale, and a number flagged as bad.
CREATE TABLE notification_contacts (
    id BINARY(16) NOT NULL PRIMARY KEY,
    customer_id BINARY(16) NOT NULL,
    time_zone VARCHAR(64) NULL,
    locale VARCHAR(16) NULL,
    bad_number_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Opt-outs (and opt-ins again) per contact, channel and topic; topic '*' = every topic of the channel.
CREATE TABLE notification_preferences (
    id BINARY(16) NOT NULL PRIMARY KEY,
    contact_id BINARY(16) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    topic VARCHAR(64) NOT NULL,
    opted_out BOOLEAN NOT NULL,
    source VARCHAR(16) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_notification_preferences UNIQUE (contact_id, channel, topic)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where a contact is reached per channel: an E.164 phone, a WeChat openid with its one-time credits,
-- push tokens, an e-mail address.
CREATE TABLE notification_identities (
    id BINARY(16) NOT NULL PRIMARY KEY,
    contact_id BINARY(16) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    address VARCHAR(255) NOT NULL,
    credits INT NULL,
    active BOOLEAN NOT NULL,
    dropped_reason VARCHAR(64) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_notification_identities UNIQUE (contact_id, channel, address),
    INDEX ix_notification_identities_address (channel, address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:080-notifications
-- One message per event and contact: event_key is unique, so a re-read event never makes a second one.
CREATE TABLE notifications (
    id BINARY(16) NOT NULL PRIMARY KEY,
    event_key VARCHAR(80) NOT NULL,
    event_id BINARY(16) NOT NULL,
    topic VARCHAR(64) NOT NULL,
    customer_id BINARY(16) NOT NULL,
    contact_id BINARY(16) NOT NULL,
    subject_id VARCHAR(64) NULL,
    payload TEXT NOT NULL,
    status VARCHAR(16) NOT NULL,
    reason VARCHAR(64) NULL,
    channel VARCHAR(16) NULL,
    address VARCHAR(255) NULL,
    template_version INT NULL,
    provider_template_id VARCHAR(64) NULL,
    body TEXT NULL,
    not_before DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NULL,
    attempts INT NOT NULL,
    sending_since DATETIME(6) NULL,
    provider_message_id VARCHAR(100) NULL,
    sent_at DATETIME(6) NULL,
    delivered_at DATETIME(6) NULL,
    finished_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_notifications_event_key UNIQUE (event_key),
    INDEX ix_notifications_due (status, not_before),
    INDEX ix_notifications_contact (contact_id, sent_at),
    INDEX ix_notifications_subject (subject_id, status),
    INDEX ix_notifications_customer (customer_id, id),
    INDEX ix_notifications_provider (provider_message_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The events notifications have read. Other features consume the same topics (follow-up consumes
-- visit.completed), so notifications keep their own record of what they have seen instead of the
-- events' single handled_at mark. subject_id lets a later message see that its subject is over.
CREATE TABLE notification_events_seen (
    event_id BINARY(16) NOT NULL PRIMARY KEY,
    topic VARCHAR(64) NOT NULL,
    subject_id VARCHAR(64) NULL,
    seen_at DATETIME(6) NOT NULL,
    INDEX ix_notification_events_seen_subject (subject_id, topic)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
