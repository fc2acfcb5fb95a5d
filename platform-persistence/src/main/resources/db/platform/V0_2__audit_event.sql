-- Platform table, present in every service database: the append-only audit trail. Each state-changing request
-- writes one row per changed record in the same transaction as the change, so a failed request leaves none.
CREATE TABLE audit_event (
    id                   UUID         PRIMARY KEY,
    seq                  BIGINT       GENERATED ALWAYS AS IDENTITY UNIQUE,   -- order of writing
    occurred_at          TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    actor_subject        VARCHAR(255) NOT NULL,
    actor_institution_id UUID,
    actor_roles          VARCHAR(500) NOT NULL,
    request_id           VARCHAR(128),
    resource             VARCHAR(64)  NOT NULL,
    resource_id          UUID         NOT NULL,
    parent_id            UUID,                                               -- e.g. the project of a report
    action               VARCHAR(64)  NOT NULL,
    changes              JSONB        NOT NULL   -- {"field": {"old": ..., "new": ...}, ...}
);
CREATE INDEX audit_event_resource ON audit_event (resource_id, seq);
CREATE INDEX audit_event_parent ON audit_event (parent_id, seq) WHERE parent_id IS NOT NULL;
CREATE INDEX audit_event_actor ON audit_event (actor_subject, occurred_at);
CREATE INDEX audit_event_time ON audit_event (occurred_at);

-- The application may only add rows: UPDATE, DELETE and TRUNCATE are refused by the database itself.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
