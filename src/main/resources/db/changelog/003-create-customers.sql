--liquibase formatted sql

--changeset fieldback:003-customers
CREATE TABLE customers (
    id BINARY(16) NOT NULL PRIMARY KEY,
    code VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    relationship VARCHAR(16) NOT NULL,
    importance VARCHAR(16) NOT NULL,
    region VARCHAR(16) NOT NULL,
    province VARCHAR(64) NULL,
    do_not_call BOOLEAN NOT NULL DEFAULT FALSE,
    dealer_id BINARY(16) NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_customers_code UNIQUE (code),
    CONSTRAINT fk_customers_dealer FOREIGN KEY (dealer_id) REFERENCES dealers (id),
    INDEX ix_customers_relationship (relationship, id),
    INDEX ix_customers_importance (importance, id),
    INDEX ix_customers_region (region, id),
    INDEX ix_customers_province (province, id),
    INDEX ix_customers_name (name),
    INDEX ix_customers_dealer (dealer_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:003-contacts
CREATE TABLE contacts (
    id BINARY(16) NOT NULL PRIMARY KEY,
    customer_id BINARY(16) NOT NULL,
    name VARCHAR(100) NOT NULL,
    role VARCHAR(32) NOT NULL,
    phone VARCHAR(16) NOT NULL,
    call_window_start TIME NULL,
    call_window_end TIME NULL,
    preferred BOOLEAN NOT NULL DEFAULT FALSE,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_contacts_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    INDEX ix_contacts_customer (customer_id, id),
    INDEX ix_contacts_phone (phone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:003-equipment
CREATE TABLE equipment (
    id BINARY(16) NOT NULL PRIMARY KEY,
    customer_id BINARY(16) NOT NULL,
    serial_number VARCHAR(40) NOT NULL,
    product_series VARCHAR(64) NOT NULL,
    application VARCHAR(32) NOT NULL,
    delivery_date DATE NULL,
    warranty_until DATE NULL,
    warranty_limit INT NULL,
    warranty_limit_unit VARCHAR(8) NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_equipment_serial UNIQUE (serial_number),
    CONSTRAINT fk_equipment_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    INDEX ix_equipment_customer (customer_id, id),
    INDEX ix_equipment_series (product_series, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
