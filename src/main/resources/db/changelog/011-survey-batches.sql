--liquibase formatted sql

--changeset fieldback:011-survey-batches
-- Vendor uploads: one row per uploaded file, its progress and its resume checkpoint.
CREATE TABLE survey_batches (
    id BINARY(16) NOT NULL PRIMARY KEY,
    vendor_id BINARY(16) NOT NULL,
    vendor_batch_id VARCHAR(64) NOT NULL,
    questionnaire_id BINARY(16) NOT NULL,
    questionnaire_version INT NOT NULL,
    format VARCHAR(8) NOT NULL,
    charset_name VARCHAR(32) NOT NULL,
    -- SHA-256 of the questionnaire version and the file's bytes: same batch id + same hash = replay
    content_sha256 CHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    storage_key VARCHAR(200) NOT NULL,
    status VARCHAR(16) NOT NULL,
    total_rows BIGINT NULL,
    processed_rows BIGINT NOT NULL,
    accepted_rows BIGINT NOT NULL,
    rejected_rows BIGINT NOT NULL,
    -- records of the file (after the CSV header / JSON array elements) whose outcome is committed;
    -- a resumed import skips exactly these
    checkpoint_records BIGINT NOT NULL,
    attempts INT NOT NULL,
    claim_token BINARY(16) NULL,
    claimed_until DATETIME(6) NULL,
    failure VARCHAR(1000) NULL,
    uploaded_by VARCHAR(200) NOT NULL,
    started_at DATETIME(6) NULL,
    finished_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_survey_batches_vendor_batch UNIQUE (vendor_id, vendor_batch_id),
    CONSTRAINT fk_survey_batches_vendor FOREIGN KEY (vendor_id) REFERENCES vendors (id),
    CONSTRAINT fk_survey_batches_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES followup_questionnaires (id),
    INDEX ix_survey_batches_vendor (vendor_id, id),
    INDEX ix_survey_batches_work (status, claimed_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Rows that did not validate: one line per problem (a row may have several), never dropped.
CREATE TABLE survey_batch_rejections (
    id BINARY(16) NOT NULL PRIMARY KEY,
    batch_id BINARY(16) NOT NULL,
    line_number BIGINT NOT NULL,
    record_number BIGINT NOT NULL,
    vendor_row_id VARCHAR(64) NULL,
    field VARCHAR(100) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_survey_batch_rejections_batch FOREIGN KEY (batch_id) REFERENCES survey_batches (id),
    INDEX ix_survey_batch_rejections_batch (batch_id, line_number, id),
    INDEX ix_survey_batch_rejections_row (batch_id, vendor_row_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE survey_results
    ADD CONSTRAINT fk_survey_results_batch FOREIGN KEY (batch_id) REFERENCES survey_batches (id);

-- vendor rows name visits by the dealer's repair-order number alone (the unique key leads with dealer_id)
CREATE INDEX ix_visits_repair_order_number ON visits (repair_order_number);
