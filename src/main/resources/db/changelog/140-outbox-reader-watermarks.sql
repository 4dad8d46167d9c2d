--liquibase formatted sql

--changeset fieldback:140-outbox-reader-watermarks
-- A further reader's scan of a topic starts at its watermark instead of the whole look-back window: every
-- event created before it is received by that reader. It only moves up to a run's start less the commit grace
-- (an event is dated when it is recorded and may commit later) and never past an event whose handler failed.
CREATE TABLE domain_event_watermarks (
    consumer VARCHAR(64) NOT NULL,
    topic VARCHAR(64) NOT NULL,
    scanned_to DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (consumer, topic)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
