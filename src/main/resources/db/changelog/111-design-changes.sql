--liquibase formatted sql

--changeset fieldback:111-design-changes
-- Design changes of a product series, applying from a serial number or from a delivery date; engineering
-- compares the failures, warranty claims and complaints of the machines before and after each one.
CREATE TABLE design_changes (
    id BINARY(16) NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    change_number VARCHAR(40) NOT NULL,
    product_series VARCHAR(64) NOT NULL,
    applies_from_serial VARCHAR(40) NULL,
    applies_from_date DATE NULL,
    description VARCHAR(2000) NULL,
    created_by VARCHAR(200) NOT NULL,
    UNIQUE KEY uq_design_change_number (change_number),
    KEY ix_design_change_series (product_series)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
