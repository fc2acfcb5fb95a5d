-- The NIST side of a project (issue 19): the partner agency, its units (NIST laboratories) the project works with,
-- the division or group, and the partner-side counterparts; the agreement it relies on is partner_agreement_id (V4).
-- Agencies, units and agreements live in partnership-service: they are referred to by id and checked there.
ALTER TABLE project ADD COLUMN partner_agency_id UUID, ADD COLUMN partner_division VARCHAR(200);

CREATE TABLE project_partner_unit (
    project_id  UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    unit_id     UUID NOT NULL,
    PRIMARY KEY (project_id, unit_id)
);
-- "which projects involve my lab": GET /api/v1/projects?partnerUnitId=
CREATE INDEX project_partner_unit_unit ON project_partner_unit (unit_id, project_id);

CREATE TABLE project_counterpart (
    project_id  UUID         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    name        VARCHAR(100) NOT NULL,
    email       VARCHAR(254),
    unit_id     UUID,
    PRIMARY KEY (project_id, position)
);
