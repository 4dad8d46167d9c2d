--liquibase formatted sql

--changeset fieldback:061-station-capacity
CREATE TABLE station_capacity (
    station_id BINARY(16) NOT NULL PRIMARY KEY,
    dealer_id BINARY(16) NOT NULL,
    slot_minutes INT NOT NULL,
    bays INT NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE station_opening_hours (
    station_id BINARY(16) NOT NULL,
    day_of_week TINYINT NOT NULL,
    opens TIME NOT NULL,
    closes TIME NOT NULL,
    PRIMARY KEY (station_id, day_of_week, opens)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE station_closures (
    station_id BINARY(16) NOT NULL,
    closed_on DATE NOT NULL,
    reason VARCHAR(200) NULL,
    PRIMARY KEY (station_id, closed_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:061-booking-slots
CREATE TABLE booking_slots (
    station_id BINARY(16) NOT NULL,
    starts_at DATETIME(6) NOT NULL,
    taken INT NOT NULL,
    PRIMARY KEY (station_id, starts_at),
    CONSTRAINT ck_booking_slots_taken CHECK (taken >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:061-appointments
CREATE TABLE appointments (
    id BINARY(16) NOT NULL PRIMARY KEY,
    station_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    customer_id BINARY(16) NOT NULL,
    equipment_id BINARY(16) NOT NULL,
    due_item_id BINARY(16) NULL,
    starts_at DATETIME(6) NOT NULL,
    ends_at DATETIME(6) NOT NULL,
    status VARCHAR(12) NOT NULL,
    holder VARCHAR(200) NOT NULL,
    hold_until DATETIME(6) NULL,
    visit_id BINARY(16) NULL,
    rescheduled_to BINARY(16) NULL,
    cancel_reason VARCHAR(500) NULL,
    booked_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    INDEX ix_appointments_station (station_id, starts_at),
    INDEX ix_appointments_dealer (dealer_id, id),
    INDEX ix_appointments_holds (status, hold_until),
    INDEX ix_appointments_holder (holder, status),
    INDEX ix_appointments_visit (visit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
