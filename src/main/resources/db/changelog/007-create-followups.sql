--liquibase formatted sql

--changeset fieldback:007-followup-questionnaires
CREATE TABLE followup_questionnaires (
    id BINARY(16) NOT NULL PRIMARY KEY,
    version_number INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_followup_questionnaires_number UNIQUE (version_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE followup_questionnaire_items (
    questionnaire_id BINARY(16) NOT NULL,
    position INT NOT NULL,
    code VARCHAR(40) NOT NULL,
    prompt VARCHAR(500) NOT NULL,
    type VARCHAR(16) NOT NULL,
    dimension VARCHAR(24) NULL,
    grade_options VARCHAR(2000) NULL,
    required BOOLEAN NOT NULL,
    PRIMARY KEY (questionnaire_id, position),
    CONSTRAINT uq_followup_questionnaire_items_code UNIQUE (questionnaire_id, code),
    CONSTRAINT fk_followup_questionnaire_items FOREIGN KEY (questionnaire_id) REFERENCES followup_questionnaires (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:007-followup-calls
CREATE TABLE followup_calls (
    id BINARY(16) NOT NULL PRIMARY KEY,
    source VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    ineligible_reason VARCHAR(32) NULL,
    close_reason VARCHAR(24) NULL,
    visit_id BINARY(16) NULL,
    customer_id BINARY(16) NOT NULL,
    equipment_id BINARY(16) NULL,
    station_id BINARY(16) NULL,
    dealer_id BINARY(16) NULL,
    relationship VARCHAR(16) NOT NULL,
    product_line VARCHAR(64) NULL,
    contact_id BINARY(16) NULL,
    contact_name VARCHAR(100) NULL,
    phone VARCHAR(16) NULL,
    window_start TIME NULL,
    window_end TIME NULL,
    due_at DATETIME(6) NOT NULL,
    available_at DATETIME(6) NULL,
    claimed_by VARCHAR(200) NULL,
    claim_expires_at DATETIME(6) NULL,
    attempt_count INT NOT NULL DEFAULT 0,
    counted_attempts INT NOT NULL DEFAULT 0,
    last_counted_attempt_at DATETIME(6) NULL,
    sample_date DATE NULL,
    questionnaire_id BINARY(16) NULL,
    questionnaire_version INT NULL,
    perfunctory BOOLEAN NOT NULL DEFAULT FALSE,
    screening_cleared_by VARCHAR(200) NULL,
    screening_cleared_at DATETIME(6) NULL,
    screening_clear_reason VARCHAR(500) NULL,
    escalation_id BINARY(16) NULL,
    note VARCHAR(500) NULL,
    created_by VARCHAR(200) NOT NULL,
    closed_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    -- one call per completed visit, whatever the number of scheduler instances
    CONSTRAINT uq_followup_calls_visit UNIQUE (visit_id),
    CONSTRAINT fk_followup_calls_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_followup_calls_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES followup_questionnaires (id),
    -- the call queue: open calls by the time they become available, overall and per product line
    INDEX ix_followup_calls_queue (status, available_at),
    INDEX ix_followup_calls_queue_line (status, product_line, available_at),
    INDEX ix_followup_calls_claimed (claimed_by, status),
    INDEX ix_followup_calls_customer (customer_id, due_at),
    INDEX ix_followup_calls_due (status, due_at),
    INDEX ix_followup_calls_sample (sample_date, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE followup_attempts (
    id BINARY(16) NOT NULL PRIMARY KEY,
    followup_id BINARY(16) NOT NULL,
    attempt_number INT NOT NULL,
    outcome VARCHAR(24) NOT NULL,
    agent VARCHAR(200) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    duration_seconds INT NOT NULL,
    callback_at DATETIME(6) NULL,
    note VARCHAR(500) NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_followup_attempts_number UNIQUE (followup_id, attempt_number),
    CONSTRAINT fk_followup_attempts_call FOREIGN KEY (followup_id) REFERENCES followup_calls (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE followup_answers (
    followup_id BINARY(16) NOT NULL,
    position INT NOT NULL,
    item_code VARCHAR(40) NOT NULL,
    item_type VARCHAR(16) NOT NULL,
    bool_value BOOLEAN NULL,
    int_value INT NULL,
    text_value VARCHAR(2000) NULL,
    problem BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (followup_id, position),
    CONSTRAINT fk_followup_answers_call FOREIGN KEY (followup_id) REFERENCES followup_calls (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a row per customer, locked while a call of that customer is created: the "called recently" rule
-- then sees every other call of the customer, even one another instance is creating at that moment
CREATE TABLE followup_customer_locks (
    customer_id BINARY(16) NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:007-followup-escalations
CREATE TABLE followup_escalations (
    id BINARY(16) NOT NULL PRIMARY KEY,
    followup_id BINARY(16) NOT NULL,
    customer_id BINARY(16) NOT NULL,
    visit_id BINARY(16) NULL,
    equipment_id BINARY(16) NULL,
    product_line VARCHAR(64) NULL,
    category VARCHAR(24) NOT NULL,
    severity VARCHAR(8) NOT NULL,
    summary VARCHAR(4000) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_followup_escalations_call UNIQUE (followup_id),
    CONSTRAINT fk_followup_escalations_call FOREIGN KEY (followup_id) REFERENCES followup_calls (id),
    INDEX ix_followup_escalations_line (product_line, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:007-followup-samples
CREATE TABLE followup_samples (
    id BINARY(16) NOT NULL PRIMARY KEY,
    sample_date DATE NOT NULL,
    requested_size INT NOT NULL,
    population_oem INT NOT NULL,
    population_dealer INT NOT NULL,
    population_end_user INT NOT NULL,
    selected_oem INT NOT NULL,
    selected_dealer INT NOT NULL,
    selected_end_user INT NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_followup_samples_date UNIQUE (sample_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:007-followup-agents
CREATE TABLE followup_agents (
    id BINARY(16) NOT NULL PRIMARY KEY,
    agent_id VARCHAR(200) NOT NULL,
    name VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_followup_agents_agent UNIQUE (agent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE followup_agent_product_lines (
    agent_profile_id BINARY(16) NOT NULL,
    product_line VARCHAR(64) NOT NULL,
    PRIMARY KEY (agent_profile_id, product_line),
    CONSTRAINT fk_followup_agent_lines FOREIGN KEY (agent_profile_id) REFERENCES followup_agents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:007-followup-default-questionnaire
--comment: the standard questionnaire of DOMAIN.md; every environment needs it, so it is not demo data
INSERT INTO followup_questionnaires (id, version_number, title, created_by, version, created_at, updated_at)
VALUES (UNHEX('0193a0000000700080000000000000f1'), 1, '售后服务回访标准问卷', 'system', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00');
INSERT INTO followup_questionnaire_items (questionnaire_id, position, code, prompt, type, dimension, grade_options, required) VALUES
(UNHEX('0193a0000000700080000000000000f1'), 0, 'quality_satisfied', '您对产品质量是否满意？', 'YES_NO', 'PRODUCT_QUALITY', NULL, TRUE),
(UNHEX('0193a0000000700080000000000000f1'), 1, 'quality_score', '请为产品质量打分（1-5 分）', 'SCALE_1_5', 'PRODUCT_QUALITY', NULL, TRUE),
(UNHEX('0193a0000000700080000000000000f1'), 2, 'attitude_satisfied', '您对服务人员的服务态度是否满意？', 'YES_NO', 'SERVICE_ATTITUDE', NULL, TRUE),
(UNHEX('0193a0000000700080000000000000f1'), 3, 'attitude_score', '请为服务态度打分（1-5 分）', 'SCALE_1_5', 'SERVICE_ATTITUDE', NULL, TRUE),
(UNHEX('0193a0000000700080000000000000f1'), 4, 'speed_satisfied', '您对服务响应速度是否满意？', 'YES_NO', 'RESPONSE_SPEED', NULL, TRUE),
(UNHEX('0193a0000000700080000000000000f1'), 5, 'speed_score', '请为响应速度打分（1-5 分）', 'SCALE_1_5', 'RESPONSE_SPEED', NULL, TRUE),
(UNHEX('0193a0000000700080000000000000f1'), 6, 'proactive_satisfied', '服务人员是否主动为您解决了问题？', 'YES_NO', 'PROACTIVE_SOLVING', NULL, TRUE),
(UNHEX('0193a0000000700080000000000000f1'), 7, 'proactive_score', '请为主动解决问题打分（1-5 分）', 'SCALE_1_5', 'PROACTIVE_SOLVING', NULL, TRUE),
(UNHEX('0193a0000000700080000000000000f1'), 8, 'other_feedback', '您还有其他意见或需要反映的问题吗？', 'FREE_TEXT', 'OTHER', NULL, FALSE);
