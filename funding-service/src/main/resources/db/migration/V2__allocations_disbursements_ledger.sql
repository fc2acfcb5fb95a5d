-- Appropriations per fiscal year, project allocations split into budget lines, disbursements (지급), and the
-- append-only ledger of money movements. Money is BIGINT KRW. The database itself refuses an overspent line
-- (committed above amount), a disbursement approved by its requester, and any change to a ledger row.

CREATE TABLE appropriation (
    envelope_id  UUID        NOT NULL REFERENCES budget_envelope (id),
    fiscal_year  INTEGER     NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    amount_krw   BIGINT      NOT NULL CHECK (amount_krw >= 0),
    PRIMARY KEY (envelope_id, fiscal_year)
);

CREATE TABLE allocation (
    id                   UUID PRIMARY KEY,
    envelope_id          UUID         NOT NULL REFERENCES budget_envelope (id),
    project_id           UUID         NOT NULL UNIQUE,          -- a project of projects-service, by id only
    project_code         VARCHAR(40)  NOT NULL,
    technology_area      VARCHAR(60)  NOT NULL,
    lead_institution_id  UUID         NOT NULL,
    total_krw            BIGINT       NOT NULL CHECK (total_krw > 0),
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX allocation_envelope ON allocation (envelope_id);

CREATE TABLE budget_line (
    id             UUID PRIMARY KEY,
    allocation_id  UUID         NOT NULL REFERENCES allocation (id),
    fiscal_year    INTEGER      NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    cost_category  VARCHAR(30)  NOT NULL CHECK (cost_category IN ('ALL', 'PERSONNEL', 'EQUIPMENT', 'MATERIALS',
                                                                 'ACTIVITIES', 'SUBCONTRACTING', 'INDIRECT')),
    amount_krw     BIGINT       NOT NULL CHECK (amount_krw >= 0),
    committed_krw  BIGINT       NOT NULL DEFAULT 0,   -- requested + approved + paid disbursements
    paid_krw       BIGINT       NOT NULL DEFAULT 0,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT budget_line_once UNIQUE (allocation_id, fiscal_year, cost_category),
    CONSTRAINT budget_line_not_overspent CHECK (committed_krw >= 0 AND committed_krw <= amount_krw),
    CONSTRAINT budget_line_paid_within_committed CHECK (paid_krw >= 0 AND paid_krw <= committed_krw)
);

CREATE SEQUENCE disbursement_number_seq;

CREATE TABLE disbursement (
    id                 UUID PRIMARY KEY,
    code               VARCHAR(40)   NOT NULL UNIQUE,
    line_id            UUID          NOT NULL REFERENCES budget_line (id),
    allocation_id      UUID          NOT NULL REFERENCES allocation (id),
    project_id         UUID          NOT NULL,
    amount_krw         BIGINT        NOT NULL CHECK (amount_krw > 0),
    purpose            VARCHAR(1000) NOT NULL,
    status             VARCHAR(20)   NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'PAID', 'REJECTED', 'CANCELLED')),
    status_reason      VARCHAR(1000),
    requested_by       VARCHAR(255)  NOT NULL,
    approved_by        VARCHAR(255),
    paid_by            VARCHAR(255),
    payment_reference  VARCHAR(100),
    requested_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    approved_at        TIMESTAMPTZ,
    paid_at            TIMESTAMPTZ,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT disbursement_maker_checker CHECK (approved_by IS NULL OR approved_by <> requested_by),
    CONSTRAINT disbursement_paid_has_payment CHECK (status <> 'PAID' OR (paid_by IS NOT NULL AND payment_reference IS NOT NULL))
);
CREATE INDEX disbursement_project ON disbursement (project_id, status);
CREATE INDEX disbursement_line ON disbursement (line_id, status);

CREATE TABLE ledger_entry (
    id              UUID PRIMARY KEY,
    seq             BIGINT        GENERATED ALWAYS AS IDENTITY UNIQUE,
    entry_type      VARCHAR(20)   NOT NULL CHECK (entry_type IN ('OBLIGATE', 'DEOBLIGATE', 'PAY', 'REVERSE', 'RECOVER',
                                                                 'CARRY_OVER', 'RETURN')),
    allocation_id   UUID          NOT NULL REFERENCES allocation (id),
    line_id         UUID          REFERENCES budget_line (id),
    disbursement_id UUID          REFERENCES disbursement (id),
    amount_krw      BIGINT        NOT NULL CHECK (amount_krw > 0),
    actor           VARCHAR(255)  NOT NULL,
    request_id      VARCHAR(128),
    memo            VARCHAR(1000),
    occurred_at     TIMESTAMPTZ   NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX ledger_entry_allocation ON ledger_entry (allocation_id, seq);
CREATE INDEX ledger_entry_line ON ledger_entry (line_id, seq) WHERE line_id IS NOT NULL;

CREATE FUNCTION ledger_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger_entry is append-only: % refused; correct with a new entry', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER ledger_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_is_append_only();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_is_append_only();

-- The 8 projects of 2025: 1,250,000,000 KRW each, obligated against the 2025 program's envelope. Their split across
-- fiscal years is not published, so no budget lines are seeded.
INSERT INTO allocation (id, envelope_id, project_id, project_code, technology_area, lead_institution_id, total_krw) VALUES
    ('a1100000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000002025', 'a0000002-0000-4000-8000-000000000001', 'KUS-2025-01', 'ADVANCED_BIO', '1b57c000-0000-4000-8000-000000000001', 1250000000),
    ('a1100000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000002025', 'a0000002-0000-4000-8000-000000000002', 'KUS-2025-02', 'QUANTUM', '1b57c000-0000-4000-8000-000000000002', 1250000000),
    ('a1100000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000002025', 'a0000002-0000-4000-8000-000000000003', 'KUS-2025-03', 'ADVANCED_BIO', '1b57c000-0000-4000-8000-000000000001', 1250000000),
    ('a1100000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000002025', 'a0000002-0000-4000-8000-000000000004', 'KUS-2025-04', 'NEXT_GENERATION_COMMUNICATIONS', '1b57c000-0000-4000-8000-000000000003', 1250000000),
    ('a1100000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000002025', 'a0000002-0000-4000-8000-000000000005', 'KUS-2025-05', 'QUANTUM', '1b57c000-0000-4000-8000-000000000001', 1250000000),
    ('a1100000-0000-4000-8000-000000000006', 'b0000000-0000-4000-8000-000000002025', 'a0000002-0000-4000-8000-000000000006', 'KUS-2025-06', 'SEMICONDUCTORS', '1b57c000-0000-4000-8000-000000000001', 1250000000),
    ('a1100000-0000-4000-8000-000000000007', 'b0000000-0000-4000-8000-000000002025', 'a0000002-0000-4000-8000-000000000007', 'KUS-2025-07', 'NEXT_GENERATION_COMMUNICATIONS', '1b57c000-0000-4000-8000-000000000001', 1250000000),
    ('a1100000-0000-4000-8000-000000000008', 'b0000000-0000-4000-8000-000000002025', 'a0000002-0000-4000-8000-000000000008', 'KUS-2025-08', 'SEMICONDUCTORS', '1b57c000-0000-4000-8000-000000000001', 1250000000);
INSERT INTO ledger_entry (id, entry_type, allocation_id, amount_krw, actor, memo)
SELECT gen_random_uuid(), 'OBLIGATE', id, total_krw, 'system:seed', 'Award of the 2025 selection (press release)'
FROM allocation ORDER BY project_code;
