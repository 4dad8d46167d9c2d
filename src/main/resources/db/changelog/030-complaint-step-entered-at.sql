--liquibase formatted sql

--changeset fieldback:030-complaint-step-entered-at
-- a step or an investigation may be entered after it happened (occurredAt): keep when it was entered too
ALTER TABLE complaint_history ADD COLUMN entered_at DATETIME(6) NULL;
-- nullable: the app always sets it; rows written before (or by plain SQL) say when it happened only
UPDATE complaint_history SET entered_at = at;
ALTER TABLE complaints ADD COLUMN investigation_entered_at DATETIME(6) NULL;
UPDATE complaints SET investigation_entered_at = investigation_at;
