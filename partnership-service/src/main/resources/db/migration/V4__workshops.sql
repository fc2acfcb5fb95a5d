-- Joint workshops (공동 연찬회) with partner agencies: dates, place, co-hosts, agenda, and participants of both
-- sides with their attendance.
CREATE SEQUENCE workshop_number_seq;

CREATE TABLE workshop (
    id          UUID PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    title_ko    VARCHAR(300) NOT NULL,
    title_en    VARCHAR(300) NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    place       VARCHAR(300) NOT NULL,
    status      VARCHAR(20)  NOT NULL CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    status_reason VARCHAR(1000),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT workshop_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX workshop_starts_on ON workshop (starts_on);

CREATE TABLE workshop_co_host (
    workshop_id UUID         NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (workshop_id, position)
);

CREATE TABLE workshop_agenda_item (
    workshop_id UUID         NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    day         DATE         NOT NULL,
    starts_at   TIME,
    title       VARCHAR(300) NOT NULL,
    speaker     VARCHAR(200),
    PRIMARY KEY (workshop_id, position)
);

CREATE TABLE workshop_participant (
    id          UUID PRIMARY KEY,
    workshop_id UUID         NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    name        VARCHAR(100) NOT NULL,
    email       VARCHAR(254) NOT NULL CHECK (email = lower(email)),
    affiliation VARCHAR(200) NOT NULL,
    side        VARCHAR(20)  NOT NULL CHECK (side IN ('KOREA', 'PARTNER')),
    attended    BOOLEAN,                                    -- null until attendance is taken
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT workshop_participant_once UNIQUE (workshop_id, email)
);
