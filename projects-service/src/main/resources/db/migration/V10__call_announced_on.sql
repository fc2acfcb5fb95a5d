-- A call is public from its announcement (공고) on. A call cancelled while still a draft was never announced: its
-- terms (ceiling, cap, designated institutions) stay as private as a draft's, where its CANCELLED status alone made it
-- public. announced_on is the day (Korea) it was announced; a call announced before this column gets the day of its
-- 'announce' audit event or, where none was recorded (the seeded 2025 call), the day it opened or was made. A cancelled
-- call without such an event is taken as never announced (private), the side that leaks nothing.
ALTER TABLE call_for_proposals ADD COLUMN announced_on DATE;

UPDATE call_for_proposals c
SET announced_on = coalesce(
        (SELECT min(CAST(a.occurred_at AT TIME ZONE 'Asia/Seoul' AS date))
         FROM audit_event a
         WHERE a.resource = 'call' AND a.resource_id = c.id AND a.action = 'announce'),
        CASE WHEN c.status <> 'CANCELLED'
             THEN coalesce(c.opens_on, CAST(c.created_at AT TIME ZONE 'Asia/Seoul' AS date)) END)
WHERE c.status <> 'DRAFT';

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
