-- A call is public from its announcement (공고) on. A call cancelled while still a draft was never announced: its
-- terms (ceiling, cap, designated institutions) stay as private as a draft's, where its CANCELLED status alone made it
-- public. announced_on is the day (Korea) it was announced.
ALTER TABLE call_for_proposals ADD COLUMN announced_on DATE;

-- V4's call_open_has_dates was added NOT VALID (calls opened before it may lack their dates), and PostgreSQL checks
-- even a NOT VALID constraint on every update of a row: it is set aside while the backfill writes those rows, and put
-- back as it was.
ALTER TABLE call_for_proposals DROP CONSTRAINT call_open_has_dates;

-- A call announced before this column: the day of its 'announce' audit event; where none was recorded (the seeded 2025
-- call, rows written outside the API), the day it opened or was made, for a call that is not cancelled or whose
-- 'cancel' event shows it was cancelled after its announcement. A cancelled call with no such event is taken as never
-- announced (private), the side that leaks nothing.
UPDATE call_for_proposals c
SET announced_on = coalesce(
        (SELECT min(CAST(a.occurred_at AT TIME ZONE 'Asia/Seoul' AS date))
         FROM audit_event a
         WHERE a.resource = 'call' AND a.resource_id = c.id AND a.action = 'announce'),
        CASE WHEN c.status <> 'CANCELLED'
                  OR EXISTS (SELECT 1 FROM audit_event a
                             WHERE a.resource = 'call' AND a.resource_id = c.id AND a.action = 'cancel'
                               AND a.changes -> 'status' ->> 'old' IN ('ANNOUNCED', 'OPEN', 'CLOSED', 'UNDER_REVIEW'))
             THEN coalesce(c.opens_on, CAST(c.created_at AT TIME ZONE 'Asia/Seoul' AS date)) END)
WHERE c.status <> 'DRAFT';

ALTER TABLE call_for_proposals ADD CONSTRAINT call_open_has_dates
    CHECK (status IN ('DRAFT', 'ANNOUNCED', 'CANCELLED') OR (opens_on IS NOT NULL AND closes_on IS NOT NULL)) NOT VALID;

ALTER TABLE call_for_proposals ADD CONSTRAINT call_announced CHECK (
    CASE status WHEN 'DRAFT' THEN announced_on IS NULL
                WHEN 'CANCELLED' THEN true
                ELSE announced_on IS NOT NULL END);

-- The change feed shows a call's events to institutions and viewers once the call was announced (the event's data
-- carries announcedOn): its events recorded before this column get the day, where the call was announced.
UPDATE change_event e
SET data = jsonb_set(e.data, '{announcedOn}', to_jsonb(CAST(c.announced_on AS text)))
FROM call_for_proposals c
WHERE e.resource = 'call' AND e.subject = c.id AND c.announced_on IS NOT NULL
  AND e.data ->> 'status' IS DISTINCT FROM 'DRAFT';
