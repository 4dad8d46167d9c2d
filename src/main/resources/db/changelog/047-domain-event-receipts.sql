--liquibase formatted sql

--changeset fieldback:047-domain-event-receipts
-- A topic's further readers (beyond the one its handled_at mark serves) keep one receipt per event they
-- handled, written in the transaction of what they did with it: each event once per reader.
CREATE TABLE domain_event_receipts (
    consumer VARCHAR(64) NOT NULL,
    event_id BINARY(16) NOT NULL,
    received_at DATETIME(6) NOT NULL,
    PRIMARY KEY (consumer, event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the readers scan a topic's recent events
CREATE INDEX ix_domain_events_topic_created ON domain_events (topic, created_at, id);
