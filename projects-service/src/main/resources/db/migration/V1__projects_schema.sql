-- projects-service schema: programs, calls for proposals, applications, projects and their reports.
-- Money is BIGINT KRW. States are checked here as well as in code, so no path can store an unknown state.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE program (
    id              UUID PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL UNIQUE,
    name_ko         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    ministry_ko     VARCHAR(200) NOT NULL,
    ministry_en     VARCHAR(200) NOT NULL,
    division_ko     VARCHAR(200),
    division_en     VARCHAR(200),
    start_year      INTEGER      NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    end_year        INTEGER      NOT NULL CHECK (end_year BETWEEN 2000 AND 2100),
    envelope_krw    BIGINT       NOT NULL CHECK (envelope_krw > 0),
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT program_years CHECK (end_year >= start_year)
);

CREATE TABLE program_partner_agency (
    program_id   UUID        NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    agency_code  VARCHAR(20) NOT NULL,
    PRIMARY KEY (program_id, agency_code)
);

CREATE TABLE call_for_proposals (
    id                   UUID PRIMARY KEY,
    code                 VARCHAR(40)  NOT NULL UNIQUE,
    program_id           UUID         NOT NULL REFERENCES program (id),
    fiscal_year          INTEGER      NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    title_ko             VARCHAR(300) NOT NULL,
    title_en             VARCHAR(300) NOT NULL,
    budget_ceiling_krw   BIGINT       NOT NULL CHECK (budget_ceiling_krw > 0),
    per_project_cap_krw  BIGINT       NOT NULL CHECK (per_project_cap_krw > 0),
    duration_months      INTEGER      NOT NULL CHECK (duration_months BETWEEN 1 AND 120),
    selection_mode       VARCHAR(20)  NOT NULL CHECK (selection_mode IN ('OPEN', 'DESIGNATED')),
    opens_on             DATE,
    closes_on            DATE,
    status               VARCHAR(30)  NOT NULL CHECK (status IN ('DRAFT', 'ANNOUNCED', 'OPEN', 'CLOSED',
                                                     'UNDER_REVIEW', 'RESULTS_PUBLISHED', 'CANCELLED')),
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT call_cap_within_ceiling CHECK (per_project_cap_krw <= budget_ceiling_krw),
    CONSTRAINT call_dates CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on >= opens_on)
);
CREATE INDEX call_program_year ON call_for_proposals (program_id, fiscal_year);
CREATE INDEX call_status ON call_for_proposals (status);

CREATE TABLE call_qualifying_instrument (
    call_id     UUID        NOT NULL REFERENCES call_for_proposals (id) ON DELETE CASCADE,
    instrument  VARCHAR(30) NOT NULL CHECK (instrument IN ('MOU', 'LOI', 'CONFIRMATION_LETTER')),
    PRIMARY KEY (call_id, instrument)
);

CREATE SEQUENCE application_number_seq;

CREATE TABLE application (
    id                    UUID PRIMARY KEY,
    code                  VARCHAR(40)  NOT NULL UNIQUE,
    call_id               UUID         NOT NULL REFERENCES call_for_proposals (id),
    title_ko              VARCHAR(300) NOT NULL,
    title_en              VARCHAR(300) NOT NULL,
    technology_area       VARCHAR(40)  NOT NULL,
    lead_institution_id   UUID         NOT NULL,
    pi_name               VARCHAR(100) NOT NULL,
    pi_email              VARCHAR(254),
    partner_agreement_id  UUID,
    requested_total_krw   BIGINT       NOT NULL CHECK (requested_total_krw > 0),
    status                VARCHAR(30)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ELIGIBILITY_CHECKED',
                                                      'UNDER_REVIEW', 'SELECTED', 'NOT_SELECTED', 'WITHDRAWN')),
    status_reason         VARCHAR(1000),
    submitted_at          TIMESTAMPTZ,
    decided_at            TIMESTAMPTZ,
    version               BIGINT       NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX application_call_status ON application (call_id, status);
CREATE INDEX application_lead ON application (lead_institution_id);

CREATE TABLE application_joint_institution (
    application_id  UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    institution_id  UUID NOT NULL,
    PRIMARY KEY (application_id, institution_id)
);

CREATE TABLE application_budget_line (
    application_id  UUID    NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    fiscal_year     INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    amount_krw      BIGINT  NOT NULL CHECK (amount_krw > 0),
    PRIMARY KEY (application_id, fiscal_year)
);

CREATE TABLE application_review (
    id              UUID PRIMARY KEY,
    application_id  UUID         NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    reviewer        VARCHAR(100) NOT NULL,
    score           INTEGER      NOT NULL CHECK (score BETWEEN 0 AND 100),
    comment         VARCHAR(2000),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT application_review_once UNIQUE (application_id, reviewer)
);

CREATE TABLE project (
    id                   UUID PRIMARY KEY,
    code                 VARCHAR(40)  NOT NULL UNIQUE,
    program_id           UUID         NOT NULL REFERENCES program (id),
    call_id              UUID         REFERENCES call_for_proposals (id),
    application_id       UUID         UNIQUE REFERENCES application (id),
    fiscal_year          INTEGER      NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    title_ko             VARCHAR(300) NOT NULL,
    title_en             VARCHAR(300) NOT NULL,
    technology_area      VARCHAR(40)  NOT NULL,
    lead_institution_id  UUID         NOT NULL,
    pi_name              VARCHAR(100),
    pi_email             VARCHAR(254),
    period_start         DATE         NOT NULL,
    period_end           DATE         NOT NULL,
    awarded_total_krw    BIGINT       NOT NULL CHECK (awarded_total_krw > 0),
    status               VARCHAR(30)  NOT NULL CHECK (status IN ('SELECTED', 'AGREEMENT_SIGNED', 'ACTIVE',
                                                     'SUSPENDED', 'COMPLETED', 'CLOSED', 'TERMINATED')),
    status_reason        VARCHAR(1000),
    -- lower-cased code and both titles, for free-text search in Korean or English (trigram index below)
    search_text          TEXT GENERATED ALWAYS AS (lower(code || ' ' || title_ko || ' ' || title_en)) STORED,
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT project_period CHECK (period_end > period_start)
);
-- Lists are ordered by code; each filter has an index that also serves that order.
CREATE INDEX project_status_code ON project (status, code);
CREATE INDEX project_area_code ON project (technology_area, code);
CREATE INDEX project_lead_code ON project (lead_institution_id, code);
CREATE INDEX project_year_code ON project (fiscal_year, code);
CREATE INDEX project_call ON project (call_id);
-- fastupdate off: projects are written rarely, and a pending list would hide new rows from the planner's
-- cost model until the next vacuum, making it fall back to a sequential scan.
CREATE INDEX project_search_trgm ON project USING gin (search_text gin_trgm_ops) WITH (fastupdate = off);

CREATE TABLE project_report (
    id                  UUID PRIMARY KEY,
    project_id          UUID         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    report_type         VARCHAR(10)  NOT NULL CHECK (report_type IN ('ANNUAL', 'STAGE', 'FINAL')),
    sequence            INTEGER      NOT NULL CHECK (sequence BETWEEN 1 AND 100),
    due_date            DATE         NOT NULL,
    status              VARCHAR(30)  NOT NULL CHECK (status IN ('DUE', 'SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED')),
    document_reference  VARCHAR(500),
    review_note         VARCHAR(2000),
    submitted_at        TIMESTAMPTZ,
    reviewed_at         TIMESTAMPTZ,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT project_report_once UNIQUE (project_id, report_type, sequence)
);
CREATE INDEX project_report_due ON project_report (status, due_date);
