--liquibase formatted sql

--changeset fieldback:148-clock-published-views
-- Issue 16, one owner per table: deadline clocks as a subject's module counts them in its figures (status by
-- io.fieldback.clock.DeadlineRule.statusSql over due_at and stopped_at); io.fieldback.clock.ClockFacts names the
-- view. Merged projection (see 142).
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW deadline_clock_facts AS
SELECT subject_type, subject_id, kind, due_at, stopped_at
FROM deadline_clocks;
