--liquibase formatted sql

--changeset fieldback:151-domain-events-drop-unsequenced-index
-- ix_domain_events_unsequenced (dealer_feed_seq, id) served the sequencer's "dealer_feed_seq IS NULL" look-up until
-- 009 gave it feed_pending_id; no query has used it since. Every event written and every event numbered still paid
-- for it (a numbered event moves in it), and a bulk upsert writes and numbers thousands at once (issue 21).
DROP INDEX ix_domain_events_unsequenced ON domain_events;
