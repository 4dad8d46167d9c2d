--liquibase formatted sql

--changeset fieldback:010-survey-results
-- Results uploaded by survey vendors. Kept apart from our own follow-up calls (followup_calls /
-- followup_answers) but shaped alike, so the insights reports read both the same way.
-- The batch table (uploads, progress, rejections) belongs to the upload feature and comes in its own changeset.
CREATE TABLE survey_results (
    id BINARY(16) NOT NULL PRIMARY KEY,
    batch_id BINARY(16) NOT NULL,
    vendor_id BINARY(16) NOT NULL,
    vendor_row_id VARCHAR(64) NOT NULL,
    line_number BIGINT NOT NULL,
    customer_id BINARY(16) NOT NULL,
    equipment_id BINARY(16) NULL,
    visit_id BINARY(16) NULL,
    station_id BINARY(16) NULL,
    dealer_id BINARY(16) NULL,
    -- copied from the customer / equipment when the row is stored, like followup_calls, so reports group without joins
    relationship VARCHAR(16) NOT NULL,
    importance VARCHAR(16) NOT NULL,
    region VARCHAR(16) NOT NULL,
    product_line VARCHAR(64) NULL,
    questionnaire_id BINARY(16) NOT NULL,
    questionnaire_version INT NOT NULL,
    interview_date DATE NOT NULL,
    method VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    -- a vendor row is stored once per batch: replays and resumed imports cannot duplicate it
    CONSTRAINT uq_survey_results_row UNIQUE (batch_id, vendor_row_id),
    CONSTRAINT fk_survey_results_vendor FOREIGN KEY (vendor_id) REFERENCES vendors (id),
    CONSTRAINT fk_survey_results_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_survey_results_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES followup_questionnaires (id),
    INDEX ix_survey_results_interview (interview_date, id),
    INDEX ix_survey_results_customer (customer_id, interview_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_result_answers (
    result_id BINARY(16) NOT NULL,
    position INT NOT NULL,
    item_code VARCHAR(40) NOT NULL,
    item_type VARCHAR(16) NOT NULL,
    bool_value BOOLEAN NULL,
    int_value INT NULL,
    text_value VARCHAR(2000) NULL,
    PRIMARY KEY (result_id, position),
    CONSTRAINT fk_survey_result_answers_result FOREIGN KEY (result_id) REFERENCES survey_results (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
