--liquibase formatted sql

--changeset fieldback:013-audit-events
-- Who read or changed personal data, and every admin action. Append-only: the code has no update or
-- delete path, and the triggers below refuse UPDATE and DELETE from any client. The log never holds
-- the personal data itself (names, phones), only which record and which fields.
CREATE TABLE audit_events (
    id BINARY(16) NOT NULL PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    roles VARCHAR(200) NOT NULL,
    key_id VARCHAR(64) NULL,
    action VARCHAR(16) NOT NULL,
    resource_type VARCHAR(32) NOT NULL,
    resource_id BINARY(16) NULL,
    customer_id BINARY(16) NULL,
    fields VARCHAR(500) NULL,
    detail VARCHAR(1000) NULL,
    http_method VARCHAR(10) NULL,
    path VARCHAR(1000) NULL,
    status INT NULL,
    client_ip VARCHAR(64) NULL,
    request_id VARCHAR(128) NULL,
    INDEX ix_audit_events_subject (subject, id),
    INDEX ix_audit_events_resource (resource_id, id),
    INDEX ix_audit_events_customer (customer_id, id),
    INDEX ix_audit_events_occurred (occurred_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_events is append-only';
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_events is append-only';

--changeset fieldback:013-customer-erasures
-- One row per erased customer: when, by whom, why. An erased customer stays on do-not-call whatever
-- a later update says (trigger), so it is never called again.
CREATE TABLE customer_erasures (
    customer_id BINARY(16) NOT NULL PRIMARY KEY,
    reason VARCHAR(500) NOT NULL,
    erased_by VARCHAR(200) NOT NULL,
    erased_at DATETIME(6) NOT NULL,
    request_id VARCHAR(128) NULL,
    CONSTRAINT fk_customer_erasures_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER customers_erased_stay_do_not_call BEFORE UPDATE ON customers FOR EACH ROW SET NEW.do_not_call = IF(EXISTS (SELECT 1 FROM customer_erasures e WHERE e.customer_id = NEW.id), TRUE, NEW.do_not_call);
