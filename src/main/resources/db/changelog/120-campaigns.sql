--liquibase formatted sql

--changeset fieldback:120-campaigns
-- Service campaigns (recall, inspection, retrofit, service month) over a fleet, and one item per affected
-- machine; the unique key makes a start that runs twice at once create each item once.
CREATE TABLE campaigns (
    id BINARY(16) NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    code VARCHAR(40) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    name VARCHAR(200) NOT NULL,
    product_series VARCHAR(64) NOT NULL,
    serial_from VARCHAR(40) NULL,
    serial_to VARCHAR(40) NULL,
    delivered_from DATE NULL,
    delivered_to DATE NULL,
    region VARCHAR(16) NULL,
    deadline DATE NOT NULL,
    started_at DATETIME(6) NULL,
    item_count INT NOT NULL DEFAULT 0,
    created_by VARCHAR(200) NOT NULL,
    UNIQUE KEY uq_campaign_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE campaign_items (
    id BINARY(16) NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    campaign_id BINARY(16) NOT NULL,
    equipment_id BINARY(16) NOT NULL,
    customer_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NULL,
    region VARCHAR(16) NOT NULL,
    station_id BINARY(16) NULL,
    state VARCHAR(16) NOT NULL,
    reason VARCHAR(500) NULL,
    appointment_id BINARY(16) NULL,
    visit_id BINARY(16) NULL,
    notified_at DATETIME(6) NULL,
    booked_at DATETIME(6) NULL,
    closed_at DATETIME(6) NULL,
    UNIQUE KEY uq_campaign_item_machine (campaign_id, equipment_id),
    KEY ix_campaign_item_machine_state (equipment_id, state),
    KEY ix_campaign_item_dealer (dealer_id),
    KEY ix_campaign_item_station (station_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
