--liquibase formatted sql

--changeset fieldback:100-rate-limit-buckets
-- Rate-limit buckets shared by every app instance (fieldback.limits.backend=database): one row per caller, the
-- tokens left and when they were last counted (milliseconds of the database's clock). Rows of idle callers are
-- deleted by a job; a missing row is a full bucket.
CREATE TABLE rate_limit_buckets (
    caller VARCHAR(200) NOT NULL PRIMARY KEY,
    tokens DOUBLE NOT NULL,
    updated_ms BIGINT NOT NULL
);
