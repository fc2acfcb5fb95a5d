-- The partner agencies whose agreements qualify a lead institution for a call (default: its program's partner
-- agencies), the institutions a DESIGNATED call is for, and the partner agreement a project relies on.
CREATE TABLE call_qualifying_agency (
    call_id      UUID        NOT NULL REFERENCES call_for_proposals (id),
    agency_code  VARCHAR(20) NOT NULL,
    PRIMARY KEY (call_id, agency_code)
);
INSERT INTO call_qualifying_agency (call_id, agency_code)
SELECT c.id, p.agency_code FROM call_for_proposals c JOIN program_partner_agency p ON p.program_id = c.program_id;

CREATE TABLE call_designated_institution (
    call_id         UUID NOT NULL REFERENCES call_for_proposals (id),
    institution_id  UUID NOT NULL,
    PRIMARY KEY (call_id, institution_id)
);

-- a call is opened only with its dates (rows written before this rule are not re-checked)
ALTER TABLE call_for_proposals ADD CONSTRAINT call_open_has_dates
    CHECK (status IN ('DRAFT', 'ANNOUNCED', 'CANCELLED') OR (opens_on IS NOT NULL AND closes_on IS NOT NULL)) NOT VALID;

ALTER TABLE project ADD COLUMN partner_agreement_id UUID;
