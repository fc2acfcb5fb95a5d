-- Cooperation demand matching (협력 수요 연계, issue 20): Korean institutions' needs, partner units' offers, and the
-- matches between them, with what came of each match.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SEQUENCE cooperation_need_number_seq;
CREATE SEQUENCE partner_offer_number_seq;
CREATE SEQUENCE cooperation_match_number_seq;

CREATE TABLE cooperation_need (
    id                  UUID PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL UNIQUE,
    institution_id      UUID          NOT NULL REFERENCES institution (id),
    technology_area     VARCHAR(40)   NOT NULL,
    topic_ko            VARCHAR(300)  NOT NULL,
    topic_en            VARCHAR(300)  NOT NULL,
    description         VARCHAR(4000),
    kind                VARCHAR(30)   NOT NULL CHECK (kind IN ('JOINT_RESEARCH', 'RESEARCHER_DISPATCH', 'WORKSHOP',
                                                            'STANDARD_CO_DEVELOPMENT', 'MEASUREMENT_COMPARISON')),
    preferred_agency_id UUID          REFERENCES partner_agency (id),
    preferred_unit_id   UUID          REFERENCES partner_unit (id),
    wished_from         DATE,
    wished_to           DATE,
    status              VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'MATCHED', 'REALISED', 'CLOSED')),
    status_reason       VARCHAR(1000),
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT cooperation_need_period CHECK (wished_to IS NULL OR wished_from IS NULL OR wished_to >= wished_from),
    CONSTRAINT cooperation_need_closed_has_reason CHECK (status <> 'CLOSED' OR status_reason IS NOT NULL)
);
CREATE INDEX cooperation_need_institution ON cooperation_need (institution_id, code);
CREATE INDEX cooperation_need_status ON cooperation_need (status, code);

CREATE TABLE partner_offer (
    id               UUID PRIMARY KEY,
    code             VARCHAR(40)   NOT NULL UNIQUE,
    unit_id          UUID          NOT NULL REFERENCES partner_unit (id),
    contact_name     VARCHAR(100)  NOT NULL,
    contact_email    VARCHAR(254),
    topic_ko         VARCHAR(300)  NOT NULL,
    topic_en         VARCHAR(300)  NOT NULL,
    technology_area  VARCHAR(40)   NOT NULL,
    -- the kinds of cooperation offered (JOINT_RESEARCH, RESEARCHER_DISPATCH, WORKSHOP, STANDARD_CO_DEVELOPMENT,
    -- MEASUREMENT_COMPARISON): an array, so that "offers this kind" is one index lookup (GIN below)
    kinds            VARCHAR(30)[] NOT NULL CHECK (cardinality(kinds) > 0 AND kinds <@ ARRAY['JOINT_RESEARCH',
                         'RESEARCHER_DISPATCH', 'WORKSHOP', 'STANDARD_CO_DEVELOPMENT', 'MEASUREMENT_COMPARISON']::VARCHAR(30)[]),
    open_until       DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    status_reason    VARCHAR(1000),
    -- both topics lower-cased, for similarity with a need's topics in Korean or English (trigram index below)
    search_text      TEXT GENERATED ALWAYS AS (lower(topic_ko || ' ' || topic_en)) STORED,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now()
);
-- the candidates of a need's suggestions come from these: open offers by area, by unit, by kind, by similar text
CREATE INDEX partner_offer_open_area ON partner_offer (technology_area) WHERE status = 'OPEN';
CREATE INDEX partner_offer_open_unit ON partner_offer (unit_id) WHERE status = 'OPEN';
CREATE INDEX partner_offer_search_trgm ON partner_offer USING gin (search_text gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX partner_offer_status ON partner_offer (status, code);

CREATE INDEX partner_offer_open_kinds ON partner_offer USING gin (kinds) WHERE status = 'OPEN';

CREATE TABLE cooperation_match (
    id                     UUID PRIMARY KEY,
    code                   VARCHAR(40)   NOT NULL UNIQUE,
    need_id                UUID          NOT NULL REFERENCES cooperation_need (id),
    offer_id               UUID          NOT NULL REFERENCES partner_offer (id),
    status                 VARCHAR(20)   NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REALISED', 'DECLINED',
                                                                  'WITHDRAWN')),
    status_reason          VARCHAR(1000),
    institution_accepted_at TIMESTAMPTZ,
    partner_accepted_at    TIMESTAMPTZ,
    outcome_kind           VARCHAR(20)   CHECK (outcome_kind IN ('AGREEMENT', 'DISPATCH', 'WORKSHOP', 'PROJECT')),
    outcome_id             UUID,
    realised_at            TIMESTAMPTZ,
    version                BIGINT        NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT cooperation_match_accepted_by_both CHECK (status NOT IN ('ACCEPTED', 'REALISED')
        OR (institution_accepted_at IS NOT NULL AND partner_accepted_at IS NOT NULL)),
    CONSTRAINT cooperation_match_realised_has_outcome CHECK (status <> 'REALISED'
        OR (outcome_kind IS NOT NULL AND outcome_id IS NOT NULL AND realised_at IS NOT NULL))
);
-- a need and an offer are paired once while the pairing is alive
CREATE UNIQUE INDEX cooperation_match_live ON cooperation_match (need_id, offer_id)
    WHERE status IN ('PROPOSED', 'ACCEPTED', 'REALISED');
CREATE INDEX cooperation_match_need ON cooperation_match (need_id);
CREATE INDEX cooperation_match_offer ON cooperation_match (offer_id);
