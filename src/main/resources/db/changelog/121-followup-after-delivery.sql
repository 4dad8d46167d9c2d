--liquibase formatted sql

--changeset fieldback:121-followup-after-delivery
-- The post-delivery call (purpose AFTER_DELIVERY) has a questionnaire of its own; every existing version is the
-- after-service one. Version numbers stay one sequence over both.
ALTER TABLE followup_questionnaires ADD COLUMN purpose VARCHAR(32) NOT NULL DEFAULT 'FIRST_FOLLOW_UP';
-- the scheduler asks "has this machine its after-delivery call?"
CREATE INDEX ix_followup_calls_equipment_purpose ON followup_calls (equipment_id, purpose);
