--liquibase formatted sql

--changeset fieldback:004-domain-events
CREATE TABLE domain_events (
    id BINARY(16) NOT NULL PRIMARY KEY,
    topic VARCHAR(64) NOT NULL,
    aggregate_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NULL,
    payload TEXT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    handled_at DATETIME(6) NULL,
    INDEX ix_domain_events_pending (topic, handled_at, id),
    INDEX ix_domain_events_aggregate (aggregate_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
