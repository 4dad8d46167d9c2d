--liquibase formatted sql

--changeset fieldback:008-dealer-sync-columns
ALTER TABLE dealers ADD COLUMN may_create_customers BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE visits ADD COLUMN dealer_updated_at DATETIME(6) NULL;
ALTER TABLE visits ADD COLUMN details_updated_at DATETIME(6) NULL;

--changeset fieldback:008-dealer-feed-sequence
ALTER TABLE domain_events ADD COLUMN dealer_feed_seq BIGINT NULL;
CREATE UNIQUE INDEX uq_domain_events_dealer_feed ON domain_events (dealer_feed_seq);
CREATE INDEX ix_domain_events_dealer_feed ON domain_events (dealer_id, dealer_feed_seq);
CREATE INDEX ix_domain_events_unsequenced ON domain_events (dealer_feed_seq, id);
CREATE TABLE feed_sequencer (
    name VARCHAR(32) NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO feed_sequencer (name, last_seq) VALUES ('dealer', 0);
