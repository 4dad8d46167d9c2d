--liquibase formatted sql

--changeset fieldback:050-warranty-catalogue
-- Labour operation codes with their standard hours, per product series: the same code may take longer
-- on a larger engine.
CREATE TABLE warranty_operation_codes (
    id BINARY(16) NOT NULL PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    product_series VARCHAR(64) NOT NULL,
    description VARCHAR(500) NOT NULL,
    standard_hours DECIMAL(7,2) NOT NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_warranty_operation_codes UNIQUE (code, product_series)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A station's warranty labour rate from a date on; the rate in force on a day is the latest one that
-- starts on or before it. Its currency is the station's claim currency.
CREATE TABLE warranty_labour_rates (
    id BINARY(16) NOT NULL PRIMARY KEY,
    station_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    valid_from DATE NOT NULL,
    hourly_rate DECIMAL(12,2) NOT NULL,
    currency CHAR(3) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_warranty_labour_rates UNIQUE (station_id, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE warranty_claim_types (
    id BINARY(16) NOT NULL PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    name VARCHAR(200) NOT NULL,
    campaign_code VARCHAR(40) NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_warranty_claim_types UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:050-warranty-claims
-- One claim per repaired machine, known by our id and by the dealer's own claim number.
CREATE TABLE warranty_claims (
    id BINARY(16) NOT NULL PRIMARY KEY,
    dealer_id BINARY(16) NOT NULL,
    station_id BINARY(16) NOT NULL,
    visit_id BINARY(16) NOT NULL,
    equipment_id BINARY(16) NOT NULL,
    serial_number VARCHAR(40) NOT NULL,
    product_series VARCHAR(64) NOT NULL,
    claim_number VARCHAR(40) NOT NULL,
    claim_type_id BINARY(16) NOT NULL,
    status VARCHAR(20) NOT NULL,
    repaired_on DATE NOT NULL,
    failure_date DATE NOT NULL,
    failure_reading INT NULL,
    failure_unit VARCHAR(8) NULL,
    coverage VARCHAR(16) NOT NULL,
    coverage_note VARCHAR(300) NOT NULL,
    currency CHAR(3) NOT NULL,
    claimed_total DECIMAL(14,2) NOT NULL,
    approved_total DECIMAL(14,2) NULL,
    duplicate_of BINARY(16) NULL,
    review_reasons VARCHAR(500) NULL,
    returned_note VARCHAR(1000) NULL,
    submitted_at DATETIME(6) NULL,
    decided_at DATETIME(6) NULL,
    decided_by VARCHAR(200) NULL,
    dealer_updated_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_warranty_claims_number UNIQUE (dealer_id, claim_number),
    INDEX ix_warranty_claims_station (station_id, id),
    INDEX ix_warranty_claims_dealer (dealer_id, id),
    INDEX ix_warranty_claims_status (status, id),
    INDEX ix_warranty_claims_serial (serial_number, failure_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Labour, part and other-cost lines; claimed and approved amounts kept per line.
CREATE TABLE warranty_claim_lines (
    id BINARY(16) NOT NULL PRIMARY KEY,
    claim_id BINARY(16) NOT NULL,
    position INT NOT NULL,
    kind VARCHAR(8) NOT NULL,
    operation_code VARCHAR(40) NULL,
    standard_hours DECIMAL(7,2) NULL,
    hours DECIMAL(7,2) NULL,
    rate DECIMAL(12,2) NULL,
    part_number VARCHAR(40) NULL,
    quantity DECIMAL(10,2) NULL,
    unit_price DECIMAL(12,2) NULL,
    causal_part BOOLEAN NULL,
    failed_serial VARCHAR(60) NULL,
    new_serial VARCHAR(60) NULL,
    cost_kind VARCHAR(8) NULL,
    description VARCHAR(500) NULL,
    claimed_amount DECIMAL(14,2) NOT NULL,
    approved_amount DECIMAL(14,2) NULL,
    decision VARCHAR(10) NULL,
    reason_code VARCHAR(32) NULL,
    decided_by VARCHAR(200) NULL,
    decided_at DATETIME(6) NULL,
    CONSTRAINT fk_warranty_claim_lines_claim FOREIGN KEY (claim_id) REFERENCES warranty_claims (id),
    INDEX ix_warranty_claim_lines_claim (claim_id, position),
    INDEX ix_warranty_claim_lines_operation (operation_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
