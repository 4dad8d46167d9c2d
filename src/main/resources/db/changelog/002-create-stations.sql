--liquibase formatted sql

--changeset fieldback:002-dealers
CREATE TABLE dealers (
    id BINARY(16) NOT NULL PRIMARY KEY,
    code VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_dealers_code UNIQUE (code),
    INDEX ix_dealers_active (active, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:002-stations
CREATE TABLE stations (
    id BINARY(16) NOT NULL PRIMARY KEY,
    code VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    dealer_id BINARY(16) NOT NULL,
    region VARCHAR(16) NOT NULL,
    province VARCHAR(64) NULL,
    address VARCHAR(500) NULL,
    latitude DECIMAL(9,6) NOT NULL,
    longitude DECIMAL(9,6) NOT NULL,
    phone VARCHAR(16) NULL,
    open_24h BOOLEAN NOT NULL DEFAULT FALSE,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_stations_code UNIQUE (code),
    CONSTRAINT fk_stations_dealer FOREIGN KEY (dealer_id) REFERENCES dealers (id),
    INDEX ix_stations_dealer (dealer_id, id),
    INDEX ix_stations_region (region, id),
    INDEX ix_stations_province (province, id),
    INDEX ix_stations_location (latitude, longitude)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:002-technicians
CREATE TABLE technicians (
    id BINARY(16) NOT NULL PRIMARY KEY,
    station_id BINARY(16) NOT NULL,
    name VARCHAR(100) NOT NULL,
    phone VARCHAR(16) NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_technicians_station FOREIGN KEY (station_id) REFERENCES stations (id),
    INDEX ix_technicians_station (station_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE technician_product_lines (
    technician_id BINARY(16) NOT NULL,
    product_line VARCHAR(64) NOT NULL,
    PRIMARY KEY (technician_id, product_line),
    INDEX ix_technician_product_lines_line (product_line),
    CONSTRAINT fk_technician_product_lines_technician FOREIGN KEY (technician_id) REFERENCES technicians (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
