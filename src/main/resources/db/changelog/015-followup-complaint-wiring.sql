--liquibase formatted sql

--changeset fieldback:015-complaints-from-followup-escalations
-- The complaint taken up from a follow-up escalation. At most one per escalation, however often or
-- however concurrently the followup.escalated event is consumed (NULLs: complaints from elsewhere).
ALTER TABLE complaints ADD COLUMN followup_escalation_id BINARY(16) NULL;
ALTER TABLE complaints ADD CONSTRAINT uq_complaints_followup_escalation UNIQUE (followup_escalation_id);

--changeset fieldback:015-second-satisfaction-calls
-- The second-satisfaction call of a complaint's closure. A complaint may be reopened and closed again,
-- and each closure asks again: one call per (complaint, closure), whatever the number of consumers.
ALTER TABLE followup_calls MODIFY source VARCHAR(24) NOT NULL;
ALTER TABLE followup_calls ADD COLUMN complaint_id BINARY(16) NULL;
ALTER TABLE followup_calls ADD COLUMN complaint_closure INT NULL;
ALTER TABLE followup_calls ADD CONSTRAINT uq_followup_calls_complaint_closure UNIQUE (complaint_id, complaint_closure);
