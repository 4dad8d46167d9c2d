--liquibase formatted sql

--changeset fieldback:070-dispatch-capabilities
-- What a technician can do and when: skills per product series with a level, certifications with an
-- expiry, weekly shifts, absences and customer preferences/restrictions are one document that the
-- station manager replaces as a whole (they are always read together, for every candidate).
CREATE TABLE dispatch_capabilities (
    technician_id BINARY(16) NOT NULL PRIMARY KEY,
    daily_cap INT NOT NULL,
    document LONGTEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A phone may say where it is with any timeline event: the technician's last known position.
ALTER TABLE visit_events ADD COLUMN technician_id BINARY(16) NULL, ADD COLUMN latitude DECIMAL(9,6) NULL,
    ADD COLUMN longitude DECIMAL(9,6) NULL;
CREATE INDEX ix_visit_events_technician_position ON visit_events (technician_id, occurred_at);

--changeset fieldback:070-dispatch-visits
-- Dispatch's facts about a visit: where the job is, when it may be done, how long it takes, and the
-- arrival promise made to the customer.
CREATE TABLE dispatch_visits (
    visit_id BINARY(16) NOT NULL PRIMARY KEY,
    station_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    customer_id BINARY(16) NOT NULL,
    latitude DECIMAL(9,6) NULL,
    longitude DECIMAL(9,6) NULL,
    window_start DATETIME(6) NULL,
    window_end DATETIME(6) NULL,
    duration_minutes INT NULL,
    requested_at DATETIME(6) NOT NULL,
    promised_by DATETIME(6) NOT NULL,
    arrived_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dispatch_visits_station_promise ON dispatch_visits (station_id, promised_by);

-- Who is to do a visit. live_visit_id is the visit's id while the assignment is live (proposed to
-- on-site) and NULL once it ended, so the unique key allows one live assignment per visit.
CREATE TABLE dispatch_assignments (
    id BINARY(16) NOT NULL PRIMARY KEY,
    visit_id BINARY(16) NOT NULL,
    live_visit_id BINARY(16) NULL,
    technician_id BINARY(16) NOT NULL,
    station_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    customer_id BINARY(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    planned_start DATETIME(6) NULL,
    sequence_number INT NULL,
    plan_id BINARY(16) NULL,
    eta DATETIME(6) NULL,
    note VARCHAR(500) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_dispatch_assignments_live UNIQUE (live_visit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dispatch_assignments_visit ON dispatch_assignments (visit_id, created_at);
CREATE INDEX ix_dispatch_assignments_technician ON dispatch_assignments (technician_id, status);

-- What the phone sent about an assignment, by the phone's own event id (a resend is stored once).
CREATE TABLE dispatch_assignment_events (
    id BINARY(16) NOT NULL PRIMARY KEY,
    assignment_id BINARY(16) NOT NULL,
    type VARCHAR(16) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    received_at DATETIME(6) NOT NULL,
    eta DATETIME(6) NULL,
    note VARCHAR(500) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dispatch_assignment_events ON dispatch_assignment_events (assignment_id, occurred_at);

--changeset fieldback:070-dispatch-plans
-- A station's day plan: a solver job and its outcome.
CREATE TABLE dispatch_plans (
    id BINARY(16) NOT NULL PRIMARY KEY,
    station_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    plan_date DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    score VARCHAR(100) NULL,
    feasible BOOLEAN NULL,
    result LONGTEXT NULL,
    error VARCHAR(1000) NULL,
    requested_by VARCHAR(200) NOT NULL,
    started_at DATETIME(6) NULL,
    finished_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dispatch_plans_status ON dispatch_plans (status, created_at);
