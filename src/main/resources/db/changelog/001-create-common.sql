--liquibase formatted sql

--changeset fieldback:001-idempotency-keys
CREATE TABLE idempotency_keys (
    id BINARY(16) NOT NULL PRIMARY KEY,
    caller VARCHAR(200) NOT NULL,
    idem_key VARCHAR(100) NOT NULL,
    request_hash CHAR(64) NOT NULL,
    completed BOOLEAN NOT NULL DEFAULT FALSE,
    response_status INT NULL,
    response_body MEDIUMTEXT NULL,
    response_location VARCHAR(1000) NULL,
    response_etag VARCHAR(64) NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_idempotency_caller_key UNIQUE (caller, idem_key),
    INDEX ix_idempotency_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:001-vendors
CREATE TABLE vendors (
    id BINARY(16) NOT NULL PRIMARY KEY,
    code VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_vendors_code UNIQUE (code),
    INDEX ix_vendors_active (active, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:001-api-keys
CREATE TABLE api_keys (
    id BINARY(16) NOT NULL PRIMARY KEY,
    key_id VARCHAR(16) NOT NULL,
    secret_hash CHAR(64) NOT NULL,
    name VARCHAR(100) NOT NULL,
    role VARCHAR(20) NOT NULL,
    dealer_id BINARY(16) NULL,
    vendor_id BINARY(16) NULL,
    created_by VARCHAR(200) NOT NULL,
    revoked_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_api_keys_key_id UNIQUE (key_id),
    INDEX ix_api_keys_dealer (dealer_id, id),
    INDEX ix_api_keys_vendor (vendor_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
