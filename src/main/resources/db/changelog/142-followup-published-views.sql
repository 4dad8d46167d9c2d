--liquibase formatted sql

--changeset fieldback:142-followup-published-views
-- Issue 16, one owner per table: follow-up's calls, answers and questionnaire items as other modules may read
-- them (the insights roll-up and figures). The column lists are follow-up's read contract (io.fieldback.followup
-- .FollowUpFacts names the views); the tables behind them stay follow-up's to change. Plain projections with
-- ALGORITHM=MERGE: the server folds them into the reading statement, so the tables' indexes serve as before.
-- SQL SECURITY INVOKER: no definer account to carry between servers.
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW followup_call_facts AS
SELECT id, customer_id, equipment_id, dealer_id, station_id, questionnaire_id, purpose, status, ineligible_reason,
       perfunctory, attempt_count, due_at, relationship, product_line
FROM followup_calls;

CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW followup_answer_facts AS
SELECT followup_id, item_code, item_type, bool_value, int_value, text_value, problem, score
FROM followup_answers;

CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW followup_item_facts AS
SELECT questionnaire_id, code, type, dimension
FROM followup_questionnaire_items;
