-- Partner agencies (NIST now; DOE and NSF are named as future partners, so agencies are data), their sites, and
-- the agreements (MOU, LOI, confirmation letter) between a Korean institution and an agency.

CREATE TABLE partner_agency (
    id          UUID PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL UNIQUE,
    name_en     VARCHAR(200) NOT NULL,
    name_ko     VARCHAR(200),
    country     VARCHAR(2)   NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE partner_site (
    id          UUID PRIMARY KEY,
    agency_id   UUID         NOT NULL REFERENCES partner_agency (id),
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    city        VARCHAR(100) NOT NULL,
    region      VARCHAR(100),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT partner_site_code UNIQUE (agency_id, code)
);

INSERT INTO partner_agency (id, code, name_en, name_ko, country) VALUES
    ('a6e0c000-0000-4000-8000-000000000001', 'NIST', 'National Institute of Standards and Technology',
     '미국 국립표준기술연구소', 'US');
INSERT INTO partner_site (id, agency_id, code, name, city, region) VALUES
    ('a6e05000-0000-4000-8000-000000000001', 'a6e0c000-0000-4000-8000-000000000001', 'GAITHERSBURG',
     'NIST Gaithersburg campus', 'Gaithersburg', 'MD'),
    ('a6e05000-0000-4000-8000-000000000002', 'a6e0c000-0000-4000-8000-000000000001', 'BOULDER',
     'NIST Boulder laboratories', 'Boulder', 'CO');

CREATE SEQUENCE agreement_number_seq;

CREATE TABLE agreement (
    id                      UUID PRIMARY KEY,
    code                    VARCHAR(40)   NOT NULL UNIQUE,
    institution_id          UUID          NOT NULL REFERENCES institution (id),
    agency_id               UUID          NOT NULL REFERENCES partner_agency (id),
    instrument              VARCHAR(30)   NOT NULL CHECK (instrument IN ('MOU', 'LOI', 'CONFIRMATION_LETTER')),
    title                   VARCHAR(300)  NOT NULL,
    counterpart_laboratory  VARCHAR(200),
    counterpart_division    VARCHAR(200),
    signed_on               DATE          NOT NULL,
    effective_from          DATE          NOT NULL,
    expires_on              DATE,                        -- null: open-ended (a letter often has no end)
    document_reference      VARCHAR(300),
    status                  VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    status_reason           VARCHAR(1000),
    terminated_on           DATE,
    predecessor_id          UUID          UNIQUE REFERENCES agreement (id),   -- a renewal's predecessor; one successor each
    version                 BIGINT        NOT NULL DEFAULT 0,
    created_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT agreement_effective_after_signing CHECK (effective_from >= signed_on),
    CONSTRAINT agreement_expiry_after_effect CHECK (expires_on IS NULL OR expires_on >= effective_from),
    CONSTRAINT agreement_terminated_has_date CHECK ((status = 'TERMINATED') = (terminated_on IS NOT NULL))
);
CREATE INDEX agreement_institution ON agreement (institution_id, effective_from);
CREATE INDEX agreement_expiry ON agreement (expires_on) WHERE status = 'ACTIVE';
