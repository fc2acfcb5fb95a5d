-- Platform table, present in every service database: responses of create requests that carried an
-- Idempotency-Key, so that a retried request gets the first response back instead of creating a second record.
CREATE TABLE idempotency_key (
    idempotency_key  VARCHAR(255) PRIMARY KEY,
    fingerprint      CHAR(64)     NOT NULL,            -- SHA-256 of method, path and canonical body
    method           VARCHAR(10)  NOT NULL,
    path             VARCHAR(2000) NOT NULL,
    response_status  INTEGER,
    response_body    TEXT,
    response_headers TEXT,                              -- JSON object of the replayed headers (Location, ETag)
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed_at     TIMESTAMPTZ
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
