--liquibase formatted sql

--changeset fieldback:045-deadline-clocks
-- Deadlines of any feature (warranty submission and decision, the arrival promise): one row per subject and
-- kind. escalate_at is set while the job still owes an escalation, so its index holds only live clocks' times.
CREATE TABLE deadline_clocks (
    id BINARY(16) NOT NULL PRIMARY KEY,
    subject_type VARCHAR(40) NOT NULL,
    subject_id BINARY(16) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    due_at DATETIME(6) NOT NULL,
    stopped_at DATETIME(6) NULL,
    breached_at DATETIME(6) NULL,
    escalate_at DATETIME(6) NULL,
    CONSTRAINT uq_deadline_clocks_subject UNIQUE (subject_type, subject_id, kind)
);
CREATE INDEX ix_deadline_clocks_escalate ON deadline_clocks (escalate_at);
