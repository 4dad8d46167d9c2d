--liquibase formatted sql

--changeset fieldback:030-complaint-step-entered-at
-- a step or an investigation may be entered after it happened (occurredAt): keep when it was entered too
ALTER TABLE complaint_history ADD COLUMN entered_at DATETIME(6) NULL;
UPDATE complaint_history SET entered_at = at;
ALTER TABLE complaint_history MODIFY entered_at DATETIME(6) NOT NULL;
ALTER TABLE complaints ADD COLUMN investigation_entered_at DATETIME(6) NULL;
UPDATE complaints SET investigation_entered_at = investigation_at;
