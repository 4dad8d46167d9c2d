--liquibase formatted sql

--changeset fieldback:081-notification-webhook-replays
-- Signatures of provider webhooks already accepted: the same signed request a second time is a replay.
CREATE TABLE notification_webhook_replays (
    signature VARCHAR(100) NOT NULL PRIMARY KEY,
    seen_at DATETIME(6) NOT NULL,
    INDEX ix_notification_webhook_replays_seen (seen_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
