-- A partner agency's organisational units (issue 19): NIST's laboratories, to which projects, dispatches and offers
-- refer by id. Divisions and groups stay free text on the record that names them.
CREATE TABLE partner_unit (
    id          UUID PRIMARY KEY,
    agency_id   UUID         NOT NULL REFERENCES partner_agency (id),
    code        VARCHAR(40)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_ko     VARCHAR(200),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT partner_unit_code UNIQUE (agency_id, code)
);

INSERT INTO partner_unit (id, agency_id, code, name_en, name_ko) VALUES
    ('a6e0d000-0000-4000-8000-000000000001', 'a6e0c000-0000-4000-8000-000000000001', 'CTL',
     'Communications Technology Laboratory', '통신기술연구소'),
    ('a6e0d000-0000-4000-8000-000000000002', 'a6e0c000-0000-4000-8000-000000000001', 'EL',
     'Engineering Laboratory', '공학연구소'),
    ('a6e0d000-0000-4000-8000-000000000003', 'a6e0c000-0000-4000-8000-000000000001', 'ITL',
     'Information Technology Laboratory', '정보기술연구소'),
    ('a6e0d000-0000-4000-8000-000000000004', 'a6e0c000-0000-4000-8000-000000000001', 'MML',
     'Material Measurement Laboratory', '물질측정연구소'),
    ('a6e0d000-0000-4000-8000-000000000005', 'a6e0c000-0000-4000-8000-000000000001', 'PML',
     'Physical Measurement Laboratory', '물리측정연구소'),
    ('a6e0d000-0000-4000-8000-000000000006', 'a6e0c000-0000-4000-8000-000000000001', 'NCNR',
     'NIST Center for Neutron Research', '중성자연구센터');

-- A dispatch names the unit that hosts it; its free-text host laboratory stays for the division or group.
ALTER TABLE dispatch ADD COLUMN host_unit_id UUID REFERENCES partner_unit (id);
CREATE INDEX dispatch_host_unit ON dispatch (host_unit_id);

-- Dispatches recorded before units existed are linked to the NIST laboratory their host laboratory names, by full
-- name or acronym, where exactly one matches.
UPDATE dispatch d SET host_unit_id = u.id
FROM partner_unit u, partner_site s
WHERE s.id = d.site_id AND u.agency_id = s.agency_id AND d.host_unit_id IS NULL
  AND (d.host_laboratory ILIKE '%' || u.name_en || '%' OR d.host_laboratory ~ ('(^|[^A-Za-z])' || u.code || '([^A-Za-z]|$)'))
  AND 1 = (SELECT count(*) FROM partner_unit o
           WHERE o.agency_id = s.agency_id
             AND (d.host_laboratory ILIKE '%' || o.name_en || '%'
                  OR d.host_laboratory ~ ('(^|[^A-Za-z])' || o.code || '([^A-Za-z]|$)')));
