--liquibase formatted sql

--changeset fieldback:062-booking-holders
-- One row per caller that has ever held a slot: its lock makes one caller's hold requests go one at a time,
-- so parallel requests cannot all pass the hold limit's count before any of them is stored.
CREATE TABLE booking_holders (
    holder VARCHAR(200) NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
