--liquibase formatted sql

--changeset fieldback:020-followup-call-purpose
-- Why a call is made (issue 15): figures say which purposes they count, and first-call figures count
-- first follow-ups only. Existing calls: the second-satisfaction calls of closed complaints are
-- SECOND_SATISFACTION, every other call (after a visit, or made by hand) FIRST_FOLLOW_UP. The default
-- stays for writers that predate the column (bulk loaders, benchmark seeding): they write first follow-ups.
ALTER TABLE followup_calls ADD COLUMN purpose VARCHAR(32) NOT NULL DEFAULT 'FIRST_FOLLOW_UP';
UPDATE followup_calls SET purpose = 'SECOND_SATISFACTION' WHERE source = 'SECOND_SATISFACTION';

--changeset fieldback:020-followup-calls-report-index-purpose
-- The insights aggregates now filter and group calls by purpose: the covering index of changeset 012
-- holds it too, so a report still reads one index range and never the rows.
ALTER TABLE followup_calls DROP INDEX ix_followup_calls_report,
    ADD INDEX ix_followup_calls_report (due_at, status, perfunctory, attempt_count, ineligible_reason,
        relationship, dealer_id, station_id, customer_id, equipment_id, product_line, purpose);
