--liquibase formatted sql

--changeset fieldback:006-departments
-- Departments that answer for complaints, and the supervisor a missed deadline is escalated to.
CREATE TABLE departments (
    id BINARY(16) NOT NULL PRIMARY KEY,
    code VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    supervisor_name VARCHAR(100) NOT NULL,
    supervisor_contact VARCHAR(200) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_departments_code UNIQUE (code),
    INDEX ix_departments_active (active, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:006-complaints
-- visit_id has no foreign key: a complaint may name a visit the dealer system has not synced yet.
CREATE TABLE complaints (
    id BINARY(16) NOT NULL PRIMARY KEY,
    customer_id BINARY(16) NOT NULL,
    visit_id BINARY(16) NULL,
    equipment_id BINARY(16) NULL,
    channel VARCHAR(16) NOT NULL,
    category VARCHAR(24) NOT NULL,
    severity VARCHAR(8) NOT NULL,
    description TEXT NOT NULL,
    received_at DATETIME(6) NOT NULL,
    status VARCHAR(24) NOT NULL,
    duplicate_of BINARY(16) NULL,
    contact_name VARCHAR(100) NULL,
    contact_phone VARCHAR(16) NULL,
    source_reference VARCHAR(100) NULL,
    department_code VARCHAR(32) NULL,
    root_cause TEXT NULL,
    fault_origin VARCHAR(16) NULL,
    supplier_name VARCHAR(200) NULL,
    temporary_action TEXT NULL,
    temporary_owner VARCHAR(100) NULL,
    temporary_due DATE NULL,
    permanent_action TEXT NULL,
    permanent_owner VARCHAR(100) NULL,
    permanent_due DATE NULL,
    investigation_by VARCHAR(200) NULL,
    investigation_at DATETIME(6) NULL,
    compensation_amount DECIMAL(18,3) NULL,
    compensation_currency CHAR(3) NULL,
    compensation_reason VARCHAR(500) NULL,
    compensation_approved_by VARCHAR(200) NULL,
    compensation_approver_role VARCHAR(20) NULL,
    compensation_approved_at DATETIME(6) NULL,
    remedy_done_at DATETIME(6) NULL,
    closed_at DATETIME(6) NULL,
    first_closed_at DATETIME(6) NULL,
    recurrence_count INT NOT NULL DEFAULT 0,
    second_satisfied BOOLEAN NULL,
    second_note VARCHAR(2000) NULL,
    second_call_id BINARY(16) NULL,
    second_by VARCHAR(200) NULL,
    second_at DATETIME(6) NULL,
    created_by VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_complaints_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_complaints_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT fk_complaints_duplicate_of FOREIGN KEY (duplicate_of) REFERENCES complaints (id),
    CONSTRAINT fk_complaints_department FOREIGN KEY (department_code) REFERENCES departments (code)
        ON UPDATE CASCADE,
    -- list filters (each keeps the keyset order on id)
    INDEX ix_complaints_status (status, id),
    INDEX ix_complaints_category (category, id),
    INDEX ix_complaints_severity (severity, id),
    INDEX ix_complaints_customer (customer_id, id),
    -- dealer tenancy: complaints about a dealer's visits
    INDEX ix_complaints_visit (visit_id),
    -- duplicate detection: same customer, same visit, received within the window
    INDEX ix_complaints_duplicates (customer_id, visit_id, received_at),
    -- monthly figures
    INDEX ix_complaints_received (received_at),
    INDEX ix_complaints_first_closed (first_closed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:006-complaint-clocks
-- One row per deadline of a complaint. The escalation job locks overdue rows with
-- FOR UPDATE SKIP LOCKED, so several instances share the work without doing it twice.
CREATE TABLE complaint_clocks (
    id BINARY(16) NOT NULL PRIMARY KEY,
    complaint_id BINARY(16) NOT NULL,
    clock VARCHAR(24) NOT NULL,
    due_at DATETIME(6) NOT NULL,
    stopped_at DATETIME(6) NULL,
    breached_at DATETIME(6) NULL,
    -- when the job must escalate this clock unless it is met first; NULL once met in time or escalated,
    -- so the job's index holds only clocks that can still breach
    escalate_at DATETIME(6) NULL,
    CONSTRAINT uq_complaint_clocks UNIQUE (complaint_id, clock),
    CONSTRAINT fk_complaint_clocks_complaint FOREIGN KEY (complaint_id) REFERENCES complaints (id),
    -- the escalation job: clocks due for escalation, oldest first
    INDEX ix_complaint_clocks_escalate (escalate_at),
    -- the overdue list filter: running clocks past their due time
    INDEX ix_complaint_clocks_running (stopped_at, due_at, complaint_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:006-complaint-escalations
-- At most one escalation per complaint and clock, even if two job runs race past the row lock.
CREATE TABLE complaint_escalations (
    id BINARY(16) NOT NULL PRIMARY KEY,
    complaint_id BINARY(16) NOT NULL,
    clock VARCHAR(24) NOT NULL,
    due_at DATETIME(6) NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    supervisor_name VARCHAR(100) NULL,
    supervisor_contact VARCHAR(200) NULL,
    escalated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_complaint_escalations UNIQUE (complaint_id, clock),
    CONSTRAINT fk_complaint_escalations_complaint FOREIGN KEY (complaint_id) REFERENCES complaints (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:006-complaint-history
CREATE TABLE complaint_history (
    id BINARY(16) NOT NULL PRIMARY KEY,
    complaint_id BINARY(16) NOT NULL,
    from_status VARCHAR(24) NULL,
    to_status VARCHAR(24) NOT NULL,
    note VARCHAR(2000) NULL,
    actor VARCHAR(200) NOT NULL,
    at DATETIME(6) NOT NULL,
    CONSTRAINT fk_complaint_history_complaint FOREIGN KEY (complaint_id) REFERENCES complaints (id),
    INDEX ix_complaint_history_complaint (complaint_id, at),
    -- monthly recurrence count
    INDEX ix_complaint_history_status (to_status, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:006-complaint-comments
CREATE TABLE complaint_comments (
    id BINARY(16) NOT NULL PRIMARY KEY,
    complaint_id BINARY(16) NOT NULL,
    author VARCHAR(200) NOT NULL,
    author_role VARCHAR(20) NOT NULL,
    text VARCHAR(2000) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_complaint_comments_complaint FOREIGN KEY (complaint_id) REFERENCES complaints (id),
    INDEX ix_complaint_comments_complaint (complaint_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
