--liquibase formatted sql

--changeset fieldback:005-visits
CREATE TABLE visits (
    id BINARY(16) NOT NULL PRIMARY KEY,
    customer_id BINARY(16) NOT NULL,
    equipment_id BINARY(16) NULL,
    station_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    type VARCHAR(24) NOT NULL,
    status VARCHAR(16) NOT NULL,
    source VARCHAR(16) NOT NULL,
    repair_order_number VARCHAR(40) NULL,
    fault_reported VARCHAR(2000) NULL,
    diagnosis VARCHAR(2000) NULL,
    work_done VARCHAR(4000) NULL,
    labour_hours DECIMAL(7,2) NULL,
    cost_amount DECIMAL(14,2) NULL,
    cost_currency CHAR(3) NULL,
    outcome VARCHAR(16) NULL,
    meter_reading INT NULL,
    meter_unit VARCHAR(8) NULL,
    requested_at DATETIME(6) NOT NULL,
    dispatched_at DATETIME(6) NULL,
    arrived_at DATETIME(6) NULL,
    completed_at DATETIME(6) NULL,
    cancelled_at DATETIME(6) NULL,
    cancel_reason VARCHAR(500) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_visits_repair_order UNIQUE (dealer_id, repair_order_number),
    CONSTRAINT fk_visits_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_visits_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT fk_visits_station FOREIGN KEY (station_id) REFERENCES stations (id),
    INDEX ix_visits_station (station_id, id),
    INDEX ix_visits_dealer (dealer_id, id),
    INDEX ix_visits_status (status, id),
    INDEX ix_visits_customer (customer_id, id),
    INDEX ix_visits_requested (requested_at),
    INDEX ix_visits_updated (updated_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE visit_technicians (
    visit_id BINARY(16) NOT NULL,
    technician_id BINARY(16) NOT NULL,
    PRIMARY KEY (visit_id, technician_id),
    INDEX ix_visit_technicians_technician (technician_id, visit_id),
    CONSTRAINT fk_visit_technicians_visit FOREIGN KEY (visit_id) REFERENCES visits (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE visit_parts (
    visit_id BINARY(16) NOT NULL,
    position INT NOT NULL,
    part_number VARCHAR(40) NOT NULL,
    quantity DECIMAL(10,2) NOT NULL,
    billing VARCHAR(10) NOT NULL,
    used_part_returned BOOLEAN NOT NULL DEFAULT FALSE,
    source_event_id BINARY(16) NULL,
    PRIMARY KEY (visit_id, position),
    CONSTRAINT fk_visit_parts_visit FOREIGN KEY (visit_id) REFERENCES visits (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:005-visit-events
CREATE TABLE visit_events (
    id BINARY(16) NOT NULL PRIMARY KEY,
    visit_id BINARY(16) NOT NULL,
    type VARCHAR(16) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    received_at DATETIME(6) NOT NULL,
    author VARCHAR(200) NOT NULL,
    note VARCHAR(2000) NULL,
    outcome VARCHAR(16) NULL,
    part_number VARCHAR(40) NULL,
    quantity DECIMAL(10,2) NULL,
    billing VARCHAR(10) NULL,
    attachment_id BINARY(16) NULL,
    technician_ids VARCHAR(1000) NULL,
    CONSTRAINT fk_visit_events_visit FOREIGN KEY (visit_id) REFERENCES visits (id),
    INDEX ix_visit_events_visit (visit_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:005-visit-attachments
CREATE TABLE visit_attachments (
    id BINARY(16) NOT NULL PRIMARY KEY,
    visit_id BINARY(16) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    content_type VARCHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    storage_key VARCHAR(200) NOT NULL,
    uploaded_by VARCHAR(200) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_visit_attachments_visit FOREIGN KEY (visit_id) REFERENCES visits (id),
    INDEX ix_visit_attachments_visit (visit_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
