-- Settlement (정산): recovery (환수) of disallowed paid amounts, return (반납) of unused balance when a project is
-- settled, and carry-over (이월) of an unspent fiscal-year balance to the next year, approved by a second officer.
ALTER TABLE budget_line ADD COLUMN recovered_krw BIGINT NOT NULL DEFAULT 0;
ALTER TABLE budget_line ADD CONSTRAINT budget_line_recovered_within_paid CHECK (recovered_krw >= 0 AND recovered_krw <= paid_krw);
ALTER TABLE allocation ADD COLUMN settled_at TIMESTAMPTZ;
ALTER TABLE allocation ADD COLUMN settled_by VARCHAR(255);

CREATE TABLE carry_over (
    id              UUID PRIMARY KEY,
    allocation_id   UUID          NOT NULL REFERENCES allocation (id),
    from_line_id    UUID          NOT NULL REFERENCES budget_line (id),
    to_fiscal_year  INTEGER       NOT NULL,
    to_line_id      UUID          REFERENCES budget_line (id),
    amount_krw      BIGINT        NOT NULL CHECK (amount_krw > 0),
    reason          VARCHAR(1000) NOT NULL,
    status          VARCHAR(20)   NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by    VARCHAR(255)  NOT NULL,
    decided_by      VARCHAR(255),
    decision_reason VARCHAR(1000),
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT carry_over_maker_checker CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX carry_over_allocation ON carry_over (allocation_id);
