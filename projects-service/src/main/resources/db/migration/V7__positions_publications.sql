-- Further standards outputs (issue 19): leadership positions (의장단·에디터 수임) held in a body's groups, and joint
-- publications with NIST co-authors. Both belong to a project and count in its outcome indicators.
CREATE TABLE leadership_position (
    id           UUID PRIMARY KEY,
    project_id   UUID         NOT NULL REFERENCES project (id),
    body_id      UUID         NOT NULL REFERENCES standards_body (id),
    group_name   VARCHAR(200) NOT NULL,
    role         VARCHAR(20)  NOT NULL CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'CONVENOR', 'RAPPORTEUR', 'EDITOR',
                                                        'PROJECT_LEADER')),
    holder_name  VARCHAR(100) NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT leadership_position_period CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX leadership_position_project ON leadership_position (project_id, start_date);

CREATE TABLE publication (
    id            UUID PRIMARY KEY,
    project_id    UUID         NOT NULL REFERENCES project (id),
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('PAPER', 'TECHNICAL_REPORT')),
    title         VARCHAR(500) NOT NULL,
    venue         VARCHAR(300) NOT NULL,
    published_on  DATE         NOT NULL,
    doi           VARCHAR(200),
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- a DOI names one work: unique when given (case-insensitive, as DOIs are)
CREATE UNIQUE INDEX publication_doi ON publication (lower(doi)) WHERE doi IS NOT NULL;
CREATE INDEX publication_project ON publication (project_id, published_on);

CREATE TABLE publication_nist_coauthor (
    publication_id  UUID         NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    PRIMARY KEY (publication_id, position)
);
