-- Platform table, present in every service database: the transactional outbox of change events (CloudEvents 1.0).
-- Every audited change writes one row here in the same transaction (see AuditTrail and ChangeEventLog), so an event
-- exists exactly when its change committed.
--
-- Order. The feed reads in (xid, seq) order and only rows whose transaction id is below the oldest transaction still
-- in flight (pg_snapshot_xmin of the current snapshot): every row below that horizon has committed (or never will),
-- and every transaction that commits later has an id at or above it, so a reader that has passed a cursor never
-- misses an event committed afterwards. seq alone would not do: a transaction can take seq 10 and commit after
-- another has committed seq 11.
CREATE TABLE change_event (
    id             UUID         PRIMARY KEY,
    seq            BIGINT       GENERATED ALWAYS AS IDENTITY UNIQUE,
    xid            XID8         NOT NULL DEFAULT pg_current_xact_id(),
    occurred_at    TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    type           VARCHAR(160) NOT NULL,
    resource       VARCHAR(64)  NOT NULL,
    subject        UUID         NOT NULL,
    institution_id UUID,                       -- the institution whose record it is; null when every reader may see it
    request_id     VARCHAR(128),
    data           JSONB        NOT NULL       -- the record's API view after the change
);
CREATE UNIQUE INDEX change_event_order ON change_event (xid, seq);
CREATE INDEX change_event_subject ON change_event (subject, xid, seq);
CREATE INDEX change_event_time ON change_event (occurred_at);

-- One subject's events are in the order of their changes: a transaction that took its id before another one changed
-- the same record, and changes it after that one committed, would otherwise sort before it. It is refused
-- (serialization_failure, answered 409 "retry"), which the record's own row lock makes a rare race.
CREATE FUNCTION change_event_in_subject_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM change_event WHERE subject = NEW.subject AND xid > NEW.xid) THEN
        RAISE EXCEPTION 'a later transaction already recorded a change of %', NEW.subject
            USING ERRCODE = 'serialization_failure';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER change_event_subject_order BEFORE INSERT ON change_event
    FOR EACH ROW EXECUTE FUNCTION change_event_in_subject_order();

-- How far retention has pruned the feed: a cursor below this has lost events (410 cursor-expired).
CREATE TABLE change_event_pruned (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    xid       XID8    NOT NULL,
    seq       BIGINT  NOT NULL
);
