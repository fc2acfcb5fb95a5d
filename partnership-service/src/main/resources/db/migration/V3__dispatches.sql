-- Researcher dispatch (파견) to a partner-agency site under a project. A researcher never has two dispatches whose
-- periods overlap: the exclusion constraint enforces it, so that two concurrent requests cannot both succeed.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE researcher (
    id              UUID PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    position        VARCHAR(100),
    institution_id  UUID         NOT NULL REFERENCES institution (id),
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT researcher_email UNIQUE (email),
    CONSTRAINT researcher_email_lower CHECK (email = lower(email))
);

CREATE SEQUENCE dispatch_number_seq;

CREATE TABLE dispatch (
    id                  UUID PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL UNIQUE,
    researcher_id       UUID          NOT NULL REFERENCES researcher (id),
    institution_id      UUID          NOT NULL REFERENCES institution (id),   -- the researcher's home institution
    project_id          UUID          NOT NULL,                               -- projects-service's project
    project_code        VARCHAR(40)   NOT NULL,
    site_id             UUID          NOT NULL REFERENCES partner_site (id),
    host_laboratory     VARCHAR(200)  NOT NULL,
    host_contact_name   VARCHAR(100),
    host_contact_email  VARCHAR(254),
    purpose             VARCHAR(2000) NOT NULL,
    visa_category       VARCHAR(30)   NOT NULL CHECK (visa_category IN ('J1_RESEARCH_SCHOLAR', 'J1_SHORT_TERM_SCHOLAR')),
    planned_start       DATE          NOT NULL,
    planned_end         DATE          NOT NULL,
    actual_start        DATE,
    actual_end          DATE,
    status              VARCHAR(20)   NOT NULL
        CHECK (status IN ('PLANNED', 'APPROVED', 'ON_SITE', 'COMPLETED', 'CANCELLED', 'CUT_SHORT')),
    status_reason       VARCHAR(1000),
    -- the days the researcher is taken: planned until arrival, then actual (open-ended on site until the planned end)
    occupied            DATERANGE GENERATED ALWAYS AS (
        CASE WHEN actual_start IS NULL THEN daterange(planned_start, planned_end, '[]')
             ELSE daterange(actual_start, COALESCE(actual_end, GREATEST(planned_end, actual_start)), '[]') END) STORED,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT dispatch_planned_dates CHECK (planned_end >= planned_start),
    CONSTRAINT dispatch_actual_dates CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start)),
    CONSTRAINT dispatch_on_site_has_arrived CHECK (status NOT IN ('ON_SITE', 'COMPLETED', 'CUT_SHORT') OR actual_start IS NOT NULL),
    CONSTRAINT dispatch_ended_has_end CHECK (status NOT IN ('COMPLETED', 'CUT_SHORT') OR actual_end IS NOT NULL),
    CONSTRAINT dispatch_no_overlap EXCLUDE USING gist (researcher_id WITH =, occupied WITH &&)
        WHERE (status <> 'CANCELLED')
);
CREATE INDEX dispatch_project ON dispatch (project_id, planned_start);
CREATE INDEX dispatch_institution ON dispatch (institution_id, planned_start);
CREATE INDEX dispatch_site_status ON dispatch (site_id, status);
CREATE INDEX dispatch_occupied ON dispatch USING gist (occupied);
