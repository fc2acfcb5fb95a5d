-- Platform tables, present in every service database: webhook subscriptions to the change feed, the one-off
-- redeliveries asked for, and the delivery log.
CREATE TABLE webhook_subscription (
    id                    UUID          PRIMARY KEY,
    target_url            VARCHAR(2000) NOT NULL,
    types                 TEXT[]        NOT NULL,       -- event types; empty: every type the owner may read
    description           VARCHAR(500),
    owner_subject         VARCHAR(255)  NOT NULL,       -- who made it: its events are what this caller may read
    owner_roles           TEXT[]        NOT NULL,
    owner_institution_id  UUID,                         -- the owner's institution_id claim
    secret                BYTEA         NOT NULL,       -- AES-GCM under WEBHOOK_SECRET_KEY (iv || ciphertext)
    previous_secret       BYTEA,                        -- after a rotation, also signed with until previous_until
    previous_until        TIMESTAMPTZ,
    status                VARCHAR(16)   NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED')),
    status_reason         VARCHAR(500),
    cursor_xid            XID8          NOT NULL,       -- delivered up to here in the feed's order
    cursor_seq            BIGINT        NOT NULL,
    consecutive_failures  INTEGER       NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    next_attempt_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    leased_until          TIMESTAMPTZ,                  -- a delivering replica's claim, until then
    leased_by             UUID,                         -- and whose (each claim has its own token)
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK ((previous_secret IS NULL) = (previous_until IS NULL))
);
CREATE INDEX webhook_subscription_due ON webhook_subscription (next_attempt_at) WHERE status = 'ACTIVE';
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner_subject);

CREATE TABLE webhook_redelivery (
    subscription_id UUID        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        UUID        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (subscription_id, event_id)
);

CREATE TABLE webhook_delivery (
    id              UUID         PRIMARY KEY,
    seq             BIGINT       GENERATED ALWAYS AS IDENTITY UNIQUE,
    subscription_id UUID         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        UUID         NOT NULL,
    event_type      VARCHAR(160) NOT NULL,
    attempted_at    TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    duration_ms     INTEGER      NOT NULL CHECK (duration_ms >= 0),
    outcome         VARCHAR(16)  NOT NULL CHECK (outcome IN ('DELIVERED', 'FAILED', 'REFUSED')),
    status_code     INTEGER,
    error           VARCHAR(500),
    redelivery      BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, seq);
CREATE INDEX webhook_delivery_time ON webhook_delivery (attempted_at);

-- A subscriber subscribes a URL once: a retried create (its answer lost) is a 409 naming the subscription, whose
-- secret the subscriber then rotates to learn a new one (a secret is never stored in the clear, so never replayed).
CREATE UNIQUE INDEX webhook_subscription_target ON webhook_subscription (owner_subject, target_url);
