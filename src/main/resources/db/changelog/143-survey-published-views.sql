--liquibase formatted sql

--changeset fieldback:143-survey-published-views
-- Issue 16, one owner per table: vendor survey rows and their answers as other modules may read them (the
-- insights roll-up and figures); io.fieldback.survey.SurveyFacts names the views, their columns are survey's read
-- contract. Merged projections (see 142).
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW survey_result_facts AS
SELECT id, customer_id, equipment_id, dealer_id, station_id, questionnaire_id, interview_date, region, importance,
       relationship, product_line
FROM survey_results;

CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW survey_answer_facts AS
SELECT result_id, item_code, item_type, bool_value, int_value, text_value, score
FROM survey_result_answers;
