--liquibase formatted sql

--changeset fieldback:090-insights-rollup
-- The insights read model (issues 16 and 21): per day and per cut of the five-dimension report, the calls
-- (own calls and vendor rows) by status, flags and group, and the answers by item and group. A year's report
-- reads ~365 x groups rows of these instead of a million calls. Only the insights module writes or reads them.
-- cut: the report's grouping (NONE, REGION, STATION, ...); source: OWN or VENDOR; day: the calendar day in the
-- figures' time zone (calls: of due_at; vendor rows: the interview date); g: the group's value as bytes
-- (a station id's 16 bytes, or the text's UTF-8).
CREATE TABLE insights_call_days (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cut VARCHAR(16) NOT NULL,
    source VARCHAR(8) NOT NULL,
    day DATE NOT NULL,
    dealer_id BINARY(16) NULL,
    purpose VARCHAR(32) NOT NULL,
    g VARBINARY(400) NULL,
    status VARCHAR(16) NOT NULL,
    ineligible_reason VARCHAR(32) NULL,
    perfunctory BOOLEAN NOT NULL,
    called BOOLEAN NOT NULL,
    calls BIGINT NOT NULL,
    -- the report's read: one range per cut and source, every column it sums in the index
    INDEX ix_insights_call_days_read (cut, source, day, dealer_id, purpose, g, status, ineligible_reason,
        perfunctory, called, calls),
    -- a refresh deletes a span of days
    INDEX ix_insights_call_days_day (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE insights_answer_days (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cut VARCHAR(16) NOT NULL,
    source VARCHAR(8) NOT NULL,
    day DATE NOT NULL,
    dealer_id BINARY(16) NULL,
    purpose VARCHAR(32) NOT NULL,
    g VARBINARY(400) NULL,
    perfunctory BOOLEAN NOT NULL,
    item_code VARCHAR(40) NOT NULL,
    answered BIGINT NOT NULL,
    satisfied BIGINT NOT NULL,
    INDEX ix_insights_answer_days_read (cut, source, day, dealer_id, purpose, item_code, g, perfunctory,
        answered, satisfied),
    INDEX ix_insights_answer_days_day (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Days whose rows above no longer match the calls and vendor rows: marked in the transaction that changes
-- them, cleared by the refresh that rebuilds the day.
CREATE TABLE insights_dirty_days (
    day DATE NOT NULL PRIMARY KEY,
    marked_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:090-insights-rollup-backfill
-- Back-fill, once: every day that has calls or vendor rows is marked, so the refresh job builds it (reports
-- read the raw rows for a span until its days are built). UTC days and their neighbours cover any time zone.
INSERT IGNORE INTO insights_dirty_days (day, marked_at)
SELECT d.day + INTERVAL n.k DAY, UTC_TIMESTAMP(6)
FROM (SELECT DISTINCT DATE(due_at) AS day FROM followup_calls
      UNION SELECT DISTINCT interview_date FROM survey_results) d
CROSS JOIN (SELECT -1 AS k UNION ALL SELECT 0 UNION ALL SELECT 1) n;
