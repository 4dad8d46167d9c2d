--liquibase formatted sql

--changeset fieldback:009-dealer-feed-pending-index
-- The sequencer looks for committed dealer events not numbered yet. Most events carry no dealer and are
-- never numbered, so "dealer_feed_seq IS NULL" alone would scan the whole table on every run; this
-- column holds the id only while an event waits for its number, and its index holds just those rows.
ALTER TABLE domain_events ADD COLUMN feed_pending_id BINARY(16)
    AS (IF(dealer_id IS NOT NULL AND dealer_feed_seq IS NULL, id, NULL)) STORED;
CREATE INDEX ix_domain_events_feed_pending ON domain_events (feed_pending_id);
