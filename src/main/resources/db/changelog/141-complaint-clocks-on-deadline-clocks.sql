--liquibase formatted sql

--changeset fieldback:141-complaint-clocks-to-deadline-clocks
-- Complaint deadlines move onto the clock module (issue 16): every complaint_clocks row becomes the deadline_clocks
-- row of subject type 'complaint', column for column (id kept; complaint_id -> subject_id, clock -> kind; due_at,
-- stopped_at, breached_at and escalate_at as they were, so a breach already escalated is not escalated again and
-- one still owed is). Rows already there are left alone. complaint_clocks itself stays, unused and no longer
-- written: changesets are forever, and its rows remain the record of what was copied.
INSERT INTO deadline_clocks (id, subject_type, subject_id, kind, due_at, stopped_at, breached_at, escalate_at)
SELECT c.id, 'complaint', c.complaint_id, c.clock, c.due_at, c.stopped_at, c.breached_at, c.escalate_at
FROM complaint_clocks c
WHERE NOT EXISTS (SELECT 1 FROM deadline_clocks d
                  WHERE d.subject_type = 'complaint' AND d.subject_id = c.complaint_id AND d.kind = c.clock);

--changeset fieldback:141-deadline-clocks-running
-- The complaint list's overdue filter (running clocks past their due time, of one subject type), as
-- ix_complaint_clocks_running served it on the old table.
CREATE INDEX ix_deadline_clocks_running ON deadline_clocks (subject_type, stopped_at, due_at, subject_id);
