--liquibase formatted sql

--changeset fieldback:083-notification-topics-once-per-subject
-- A topic whose subject must be told once (a campaign item): one message per subject to the customer's
-- preferred contact, however many events name it.
ALTER TABLE notification_topics ADD COLUMN once_per_subject BOOLEAN NOT NULL DEFAULT FALSE;

--changeset fieldback:083-notification-campaigns
-- Greetings to a customer segment (a holiday): the window the messages may go out in and the rate they
-- are spaced at. The messages themselves are notifications with event_id = the campaign's id.
CREATE TABLE notification_campaigns (
    id BINARY(16) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    topic VARCHAR(64) NOT NULL,
    payload TEXT NOT NULL,
    dealer_id BINARY(16) NULL,
    region VARCHAR(40) NULL,
    province VARCHAR(64) NULL,
    importance VARCHAR(16) NULL,
    relationship VARCHAR(16) NULL,
    send_from DATETIME(6) NOT NULL,
    send_until DATETIME(6) NOT NULL,
    rate_per_minute INT NOT NULL,
    messages INT NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:083-notification-identities-device
-- The app install a push token belongs to: a newer token of the same device replaces the older one.
ALTER TABLE notification_identities ADD COLUMN device VARCHAR(128) NULL;

--changeset fieldback:083-notification-subjects-over
-- The subjects an event has ended (a visit completed ends its "on the way"), for the send rules. The intake now
-- reads the outbox with receipts (domain_event_receipts) and no longer writes notification_events_seen, which
-- stays for the events read before.
CREATE TABLE notification_subjects_over (
    event_id BINARY(16) NOT NULL PRIMARY KEY,
    topic VARCHAR(64) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    seen_at DATETIME(6) NOT NULL,
    INDEX ix_notification_subjects_over_subject (subject_id, topic)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
