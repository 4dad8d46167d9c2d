--liquibase formatted sql

--changeset fieldback:031-grade-scores
-- a GRADE item's options may carry a score each (one per line, in the order of grade_options);
-- each answer keeps the score of the option chosen, so figures average it without parsing options
ALTER TABLE followup_questionnaire_items ADD COLUMN grade_scores VARCHAR(2000) NULL;
ALTER TABLE followup_answers ADD COLUMN score DECIMAL(12, 3) NULL;
ALTER TABLE survey_result_answers ADD COLUMN score DECIMAL(12, 3) NULL;
