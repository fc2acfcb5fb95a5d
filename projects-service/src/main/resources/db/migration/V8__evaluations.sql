-- Annual and stage evaluations that decide next year's money (연차·단계 평가, issue 21).

-- A program's grade scale: the grade an average score reaches (the highest min_score not above it).
CREATE TABLE program_grade (
    program_id  UUID        NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL,
    grade       VARCHAR(20) NOT NULL,
    min_score   INTEGER     NOT NULL CHECK (min_score BETWEEN 0 AND 100),
    PRIMARY KEY (program_id, position),
    CONSTRAINT program_grade_name UNIQUE (program_id, grade)
);
-- the 2025 program's default scale (README): S 90, A 80, B 70, C 60, D below
INSERT INTO program_grade (program_id, position, grade, min_score) VALUES
    ('a0000000-0000-4000-8000-000000002025', 0, 'S', 90),
    ('a0000000-0000-4000-8000-000000002025', 1, 'A', 80),
    ('a0000000-0000-4000-8000-000000002025', 2, 'B', 70),
    ('a0000000-0000-4000-8000-000000002025', 3, 'C', 60),
    ('a0000000-0000-4000-8000-000000002025', 4, 'D', 0);

-- A project's joint institutions (공동연구기관), from its application: evaluators from them are excluded (상피).
CREATE TABLE project_joint_institution (
    project_id      UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    institution_id  UUID NOT NULL,
    PRIMARY KEY (project_id, institution_id)
);
INSERT INTO project_joint_institution (project_id, institution_id)
SELECT p.id, j.institution_id FROM project p JOIN application_joint_institution j ON j.application_id = p.application_id;

CREATE SEQUENCE evaluation_number_seq;

CREATE TABLE evaluation (
    id                 UUID PRIMARY KEY,
    code               VARCHAR(40)  NOT NULL UNIQUE,
    project_id         UUID         NOT NULL REFERENCES project (id),
    kind               VARCHAR(10)  NOT NULL CHECK (kind IN ('ANNUAL', 'STAGE')),
    fiscal_year        INTEGER      NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('SCHEDULED', 'UNDER_EVALUATION', 'DECIDED')),
    average_score      NUMERIC(5, 2),
    grade              VARCHAR(20),
    decision           VARCHAR(20)  CHECK (decision IN ('CONTINUE', 'CONTINUE_REDUCED', 'STOP')),
    reduction_percent  INTEGER      CHECK (reduction_percent BETWEEN 1 AND 99),
    decided_at         TIMESTAMPTZ,
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT evaluation_once UNIQUE (project_id, kind, fiscal_year),
    CONSTRAINT evaluation_decided CHECK (status <> 'DECIDED'
        OR (decision IS NOT NULL AND grade IS NOT NULL AND average_score IS NOT NULL AND decided_at IS NOT NULL)),
    CONSTRAINT evaluation_reduction CHECK ((decision = 'CONTINUE_REDUCED') = (reduction_percent IS NOT NULL))
);
CREATE INDEX evaluation_project ON evaluation (project_id, fiscal_year);

CREATE TABLE evaluation_evaluator (
    evaluation_id   UUID          NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    id              UUID          NOT NULL UNIQUE,
    name            VARCHAR(100)  NOT NULL,
    institution_id  UUID          NOT NULL,
    email           VARCHAR(254),
    score           INTEGER       CHECK (score BETWEEN 0 AND 100),
    comment         VARCHAR(2000),
    PRIMARY KEY (evaluation_id, position)
);

-- The 8 projects of 2025 continue into 2026: a decided 2025 annual evaluation, an assumption like their ACTIVE
-- state (the press release gives no results; README).
INSERT INTO evaluation (id, code, project_id, kind, fiscal_year, status, average_score, grade, decision, decided_at)
SELECT ('e7a10000-0000-4000-8000-0000000000' || substr(p.code, 10, 2))::uuid, 'EVL-2025-' || substr(p.code, 10, 2),
       p.id, 'ANNUAL', 2025, 'DECIDED', 80, 'A', 'CONTINUE', TIMESTAMPTZ '2025-12-31 09:00:00+09'
FROM project p WHERE p.code LIKE 'KUS-2025-0_';
