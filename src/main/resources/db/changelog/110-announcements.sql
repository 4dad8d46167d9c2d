--liquibase formatted sql

--changeset fieldback:110-announcements
-- Notices and documents to the stations. The addressees (all stations, or dealers, regions and product
-- series, any of them) are kept as chosen; the stations they reach are fixed at publication
-- (announcement_recipients), so a station that joins a region later is not addressed by an earlier notice.
CREATE TABLE announcements (
    id BINARY(16) NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    kind VARCHAR(24) NOT NULL,
    mandatory BOOLEAN NOT NULL,
    due_date DATE NULL,
    all_stations BOOLEAN NOT NULL,
    status VARCHAR(12) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    published_at DATETIME(6) NULL,
    withdrawn_at DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE announcement_dealers (
    announcement_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    PRIMARY KEY (announcement_id, dealer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE announcement_regions (
    announcement_id BINARY(16) NOT NULL,
    region VARCHAR(16) NOT NULL,
    PRIMARY KEY (announcement_id, region)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE announcement_series (
    announcement_id BINARY(16) NOT NULL,
    product_series VARCHAR(64) NOT NULL,
    PRIMARY KEY (announcement_id, product_series)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE announcement_recipients (
    id BINARY(16) NOT NULL PRIMARY KEY,
    announcement_id BINARY(16) NOT NULL,
    station_id BINARY(16) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    UNIQUE KEY uq_announcement_recipient (announcement_id, station_id),
    KEY ix_announcement_recipient_station (station_id, announcement_id),
    KEY ix_announcement_recipient_dealer (dealer_id, announcement_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One receipt per reader (the token's subject) and announcement: reading twice keeps the first time.
CREATE TABLE announcement_receipts (
    id BINARY(16) NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    announcement_id BINARY(16) NOT NULL,
    reader VARCHAR(200) NOT NULL,
    station_id BINARY(16) NULL,
    dealer_id BINARY(16) NOT NULL,
    read_at DATETIME(6) NOT NULL,
    UNIQUE KEY uq_announcement_receipt (announcement_id, reader),
    KEY ix_announcement_receipt_station (announcement_id, station_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE announcement_attachments (
    id BINARY(16) NOT NULL PRIMARY KEY,
    announcement_id BINARY(16) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content_type VARCHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    storage_key VARCHAR(64) NOT NULL,
    uploaded_by VARCHAR(200) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    KEY ix_announcement_attachment (announcement_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
