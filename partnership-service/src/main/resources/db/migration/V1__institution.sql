-- partnership-service schema, first part: Korean research institutions. Partner agencies, agreements,
-- eligibility, dispatches and workshops follow with the partnership issue.
CREATE TABLE institution (
    id          UUID PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name_ko     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The lead institutions of 2025. projects-service refers to them by these ids.
INSERT INTO institution (id, code, name_ko, name_en) VALUES
    ('1b57c000-0000-4000-8000-000000000001', 'KRISS', '한국표준과학연구원', 'Korea Research Institute of Standards and Science'),
    ('1b57c000-0000-4000-8000-000000000002', 'KU-SEJONG', '고려대학교 세종캠퍼스', 'Korea University Sejong Campus'),
    ('1b57c000-0000-4000-8000-000000000003', 'ETRI', '한국전자통신연구원', 'Electronics and Telecommunications Research Institute');
