--liquibase formatted sql

--changeset fieldback:051-warranty-part-returns
-- What the manufacturer wants done with the failed part of an approved part line: returned (requested,
-- shipped, received, inspected), kept until a date, or scrapped. A return that ends without a confirmed
-- defect carries its chargeback (the line's approved amount) on the day it was charged.
CREATE TABLE warranty_part_returns (
    id BINARY(16) NOT NULL PRIMARY KEY,
    claim_id BINARY(16) NOT NULL,
    line_id BINARY(16) NOT NULL,
    station_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    part_number VARCHAR(40) NOT NULL,
    failed_serial VARCHAR(60) NULL,
    instruction VARCHAR(8) NOT NULL,
    due_on DATE NULL,
    keep_until DATE NULL,
    status VARCHAR(12) NOT NULL,
    requested_by VARCHAR(200) NOT NULL,
    carrier VARCHAR(100) NULL,
    tracking_number VARCHAR(100) NULL,
    shipped_at DATETIME(6) NULL,
    received_at DATETIME(6) NULL,
    finding VARCHAR(16) NULL,
    inspection_note VARCHAR(1000) NULL,
    inspected_at DATETIME(6) NULL,
    inspected_by VARCHAR(200) NULL,
    currency CHAR(3) NOT NULL,
    chargeback_amount DECIMAL(14,2) NULL,
    chargeback_reason VARCHAR(300) NULL,
    charged_on DATE NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_warranty_part_returns_claim FOREIGN KEY (claim_id) REFERENCES warranty_claims (id),
    CONSTRAINT uq_warranty_part_returns_line UNIQUE (line_id),
    INDEX ix_warranty_part_returns_claim (claim_id, id),
    INDEX ix_warranty_part_returns_due (status, due_on),
    INDEX ix_warranty_part_returns_charged (charged_on, station_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:051-warranty-settlements
-- One batch per station and month: the unique key makes two racing runs meet on one row.
CREATE TABLE warranty_settlements (
    id BINARY(16) NOT NULL PRIMARY KEY,
    station_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    settlement_month CHAR(7) NOT NULL,
    currency CHAR(3) NOT NULL,
    approved_total DECIMAL(14,2) NOT NULL,
    chargeback_total DECIMAL(14,2) NOT NULL,
    net_total DECIMAL(14,2) NOT NULL,
    status VARCHAR(8) NOT NULL,
    payment_reference VARCHAR(100) NULL,
    paid_at DATETIME(6) NULL,
    paid_by VARCHAR(200) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_warranty_settlements_station_month UNIQUE (station_id, settlement_month),
    INDEX ix_warranty_settlements_dealer (dealer_id, id),
    INDEX ix_warranty_settlements_month (settlement_month, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A claim (its approved total) or a chargeback in a batch; each at most once in any batch, whatever races.
CREATE TABLE warranty_settlement_lines (
    id BINARY(16) NOT NULL PRIMARY KEY,
    settlement_id BINARY(16) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    claim_id BINARY(16) NULL,
    part_return_id BINARY(16) NULL,
    claim_number VARCHAR(40) NOT NULL,
    amount DECIMAL(14,2) NOT NULL,
    reason VARCHAR(300) NULL,
    CONSTRAINT fk_warranty_settlement_lines_batch FOREIGN KEY (settlement_id) REFERENCES warranty_settlements (id),
    CONSTRAINT uq_warranty_settlement_lines_claim UNIQUE (claim_id),
    CONSTRAINT uq_warranty_settlement_lines_return UNIQUE (part_return_id),
    INDEX ix_warranty_settlement_lines_batch (settlement_id, kind, claim_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
