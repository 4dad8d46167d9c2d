--liquibase formatted sql

--changeset fieldback:060-maintenance-rules
CREATE TABLE maintenance_rules (
    id BINARY(16) NOT NULL PRIMARY KEY,
    product_series VARCHAR(64) NOT NULL,
    meter_unit VARCHAR(8) NULL,
    first_meter INT NULL,
    first_months INT NULL,
    every_meter INT NULL,
    every_months INT NULL,
    mode VARCHAR(10) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_maintenance_rules_series UNIQUE (product_series)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:060-meter-readings
CREATE TABLE meter_readings (
    id BINARY(16) NOT NULL PRIMARY KEY,
    equipment_id BINARY(16) NOT NULL,
    reading INT NOT NULL,
    unit VARCHAR(8) NOT NULL,
    read_on DATE NOT NULL,
    visit_id BINARY(16) NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_meter_readings_visit UNIQUE (visit_id),
    INDEX ix_meter_readings_equipment (equipment_id, unit, read_on, reading)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:060-maintenance-due-items
CREATE TABLE maintenance_due_items (
    id BINARY(16) NOT NULL PRIMARY KEY,
    equipment_id BINARY(16) NOT NULL,
    customer_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NULL,
    station_id BINARY(16) NULL,
    rule_id BINARY(16) NOT NULL,
    sequence_no INT NOT NULL,
    date_due DATE NULL,
    meter_due INT NULL,
    meter_unit VARCHAR(8) NULL,
    meter_due_estimated DATE NULL,
    due_date DATE NOT NULL,
    due_trigger VARCHAR(8) NOT NULL,
    state VARCHAR(10) NOT NULL,
    waive_reason VARCHAR(500) NULL,
    appointment_id BINARY(16) NULL,
    closed_by_visit_id BINARY(16) NULL,
    closed_on DATE NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_due_items_sequence UNIQUE (equipment_id, sequence_no),
    INDEX ix_due_items_state (state, due_date, id),
    INDEX ix_due_items_station (station_id, id),
    INDEX ix_due_items_dealer (dealer_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:060-maintenance-reminders
CREATE TABLE maintenance_reminders (
    due_item_id BINARY(16) NOT NULL,
    step VARCHAR(8) NOT NULL,
    sent_at DATETIME(6) NOT NULL,
    PRIMARY KEY (due_item_id, step)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
