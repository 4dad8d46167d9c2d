--liquibase formatted sql

--changeset fieldback:150-insights-month-rollup
-- Issue 21 item 4: a year read from the day rows still reads ~84k call-day and ~300k answer-day rows per cut
-- on 1M calls (day x dealer x purpose x status x flags x group). The month rows hold the same sums per
-- calendar month of the figures' zone (month = its first day); a span reads whole months here and only its
-- partial months from the day rows. They are rebuilt from the day rows in the transaction that rebuilds the
-- days, so a month always equals the sum of its days.
-- dissatisfied: completed calls (vendor rows) with a dissatisfied answer on one of the five items (the
-- satisfaction index's first-call figure); score_sum / scored: the sum and number of the answers' 0-1 scores
-- (exact decimals), so the index reads the roll-up too.
CREATE TABLE insights_call_months (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cut VARCHAR(16) NOT NULL,
    source VARCHAR(8) NOT NULL,
    month DATE NOT NULL,
    dealer_id BINARY(16) NULL,
    purpose VARCHAR(32) NOT NULL,
    g VARBINARY(400) NULL,
    status VARCHAR(16) NOT NULL,
    ineligible_reason VARCHAR(32) NULL,
    perfunctory BOOLEAN NOT NULL,
    called BOOLEAN NOT NULL,
    calls BIGINT NOT NULL,
    dissatisfied BIGINT NOT NULL,
    INDEX ix_insights_call_months_read (cut, source, month, dealer_id, purpose, g, status, ineligible_reason,
        perfunctory, called, calls, dissatisfied),
    INDEX ix_insights_call_months_month (month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE insights_answer_months (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cut VARCHAR(16) NOT NULL,
    source VARCHAR(8) NOT NULL,
    month DATE NOT NULL,
    dealer_id BINARY(16) NULL,
    purpose VARCHAR(32) NOT NULL,
    g VARBINARY(400) NULL,
    perfunctory BOOLEAN NOT NULL,
    item_code VARCHAR(40) NOT NULL,
    answered BIGINT NOT NULL,
    satisfied BIGINT NOT NULL,
    score_sum DECIMAL(30, 4) NOT NULL,
    scored BIGINT NOT NULL,
    INDEX ix_insights_answer_months_read (cut, source, month, dealer_id, purpose, item_code, g, perfunctory,
        answered, satisfied, score_sum, scored),
    INDEX ix_insights_answer_months_month (month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE insights_call_days ADD COLUMN dissatisfied BIGINT NOT NULL DEFAULT 0,
    DROP INDEX ix_insights_call_days_read,
    ADD INDEX ix_insights_call_days_read (cut, source, day, dealer_id, purpose, g, status, ineligible_reason,
        perfunctory, called, calls, dissatisfied);

ALTER TABLE insights_answer_days ADD COLUMN score_sum DECIMAL(30, 4) NOT NULL DEFAULT 0,
    ADD COLUMN scored BIGINT NOT NULL DEFAULT 0,
    DROP INDEX ix_insights_answer_days_read,
    ADD INDEX ix_insights_answer_days_read (cut, source, day, dealer_id, purpose, item_code, g, perfunctory,
        answered, satisfied, score_sum, scored);

-- One row: a refresh locks it first (SKIP LOCKED: a refresh running elsewhere means this one waits for the
-- next turn), so two refreshes never rebuild the same month from each other's uncommitted days.
CREATE TABLE insights_rollup_lock (
    id INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO insights_rollup_lock (id) VALUES (1);

--changeset fieldback:150-insights-month-rollup-backfill
-- The day rows built before have no scores or dissatisfied counts, and no month rows exist: every day with
-- calls or vendor rows is marked again (as changeset 090 did), so the refresh builds them all.
INSERT IGNORE INTO insights_dirty_days (day, marked_at)
SELECT d.day + INTERVAL n.k DAY, UTC_TIMESTAMP(6)
FROM (SELECT DISTINCT DATE(due_at) AS day FROM followup_calls
      UNION SELECT DISTINCT interview_date FROM survey_results) d
CROSS JOIN (SELECT -1 AS k UNION ALL SELECT 0 UNION ALL SELECT 1) n;
