--liquibase formatted sql

--changeset fieldback:012-insights-report-indexes
-- The insights reports (issue 8) aggregate calls by due time, vendor rows by interview date and
-- complaints by receipt / second-satisfaction time. These indexes hold every column those GROUP BYs
-- read, so a report over a year reads one index range and never the rows themselves.
CREATE INDEX ix_followup_calls_report ON followup_calls
    (due_at, status, perfunctory, attempt_count, ineligible_reason, relationship, dealer_id, station_id,
     customer_id, equipment_id, product_line);
CREATE INDEX ix_survey_results_report ON survey_results
    (interview_date, region, importance, relationship, dealer_id, station_id, equipment_id, product_line);
CREATE INDEX ix_complaints_report ON complaints (received_at, duplicate_of, category, visit_id);
CREATE INDEX ix_complaints_second ON complaints (second_at, second_satisfied, duplicate_of, visit_id);
