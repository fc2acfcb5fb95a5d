-- funding-service schema, first part: a program's budget envelope over its fiscal years. Allocations,
-- disbursements and the ledger follow with the funding issue.
CREATE TABLE budget_envelope (
    id              UUID PRIMARY KEY,
    program_id      UUID        NOT NULL UNIQUE,   -- a program of projects-service, by id only
    program_code    VARCHAR(40) NOT NULL,
    first_year      INTEGER     NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
    last_year       INTEGER     NOT NULL CHECK (last_year BETWEEN 2000 AND 2100),
    envelope_krw    BIGINT      NOT NULL CHECK (envelope_krw > 0),
    version         BIGINT      NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT budget_envelope_years CHECK (last_year >= first_year)
);

-- The 2025 program (projects-service seeds it with this id): 37.5 billion KRW over fiscal years 2025-2029.
INSERT INTO budget_envelope (id, program_id, program_code, first_year, last_year, envelope_krw)
VALUES ('b0000000-0000-4000-8000-000000002025', 'a0000000-0000-4000-8000-000000002025', 'KUS', 2025, 2029,
        37500000000);
