--liquibase formatted sql

--changeset fieldback:145-complaint-published-views
-- Issue 16, one owner per table: complaints as the insights figures count them (received, duplicates, second
-- satisfaction, the visit that scopes them to a dealer); io.fieldback.complaint.ComplaintFacts names the view.
-- Merged projection (see 142).
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW complaint_facts AS
SELECT id, visit_id, received_at, duplicate_of, second_at, second_satisfied
FROM complaints;
