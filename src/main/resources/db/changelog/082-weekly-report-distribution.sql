--liquibase formatted sql

--changeset fieldback:082-report-subscriptions
-- Who gets the weekly follow-up report by e-mail: by role or department (the network's report) or as a
-- dealer (its own stations' report).
CREATE TABLE report_subscriptions (
    id BINARY(16) NOT NULL PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(100) NOT NULL,
    audience VARCHAR(16) NOT NULL,
    role VARCHAR(32) NULL,
    department_code VARCHAR(40) NULL,
    dealer_id BINARY(16) NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A week's report frozen as it was sent: the documents themselves, never recomputed.
CREATE TABLE report_snapshots (
    id BINARY(16) NOT NULL PRIMARY KEY,
    week VARCHAR(8) NOT NULL,
    scope_key VARCHAR(36) NOT NULL,
    dealer_id BINARY(16) NULL,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    csv LONGBLOB NOT NULL,
    html MEDIUMTEXT NOT NULL,
    report_json MEDIUMTEXT NOT NULL,
    frozen_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_report_snapshots UNIQUE (week, scope_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One e-mail per snapshot and subscription, whatever the reruns.
CREATE TABLE report_deliveries (
    id BINARY(16) NOT NULL PRIMARY KEY,
    snapshot_id BINARY(16) NOT NULL,
    subscription_id BINARY(16) NOT NULL,
    email VARCHAR(255) NOT NULL,
    status VARCHAR(16) NOT NULL,
    error VARCHAR(255) NULL,
    sent_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_report_deliveries UNIQUE (snapshot_id, subscription_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
