CREATE SCHEMA IF NOT EXISTS network;

-- The five regions of the network. Reference data, not demo data: every installation has them.
CREATE TABLE network.region (
    id       SMALLINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug     TEXT     NOT NULL UNIQUE,
    name     TEXT     NOT NULL UNIQUE,
    position SMALLINT NOT NULL
);

INSERT INTO network.region (slug, name, position) VALUES
    ('nord', 'Nord', 1), ('ost', 'Ost', 2), ('mitte', 'Mitte', 3), ('west', 'West', 4), ('sued', 'Süd', 5);

CREATE TABLE network.city (
    id            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug          TEXT     NOT NULL UNIQUE,
    name          TEXT     NOT NULL,
    official_name TEXT     NOT NULL,
    ags           TEXT     CHECK (ags ~ '^[0-9]{8}$'),
    state         TEXT     NOT NULL CHECK (state ~ '^[A-Z]{2}$'),
    region_id     SMALLINT NOT NULL REFERENCES network.region (id),
    population    INTEGER  CHECK (population >= 0),
    lat           DOUBLE PRECISION NOT NULL,
    lon           DOUBLE PRECISION NOT NULL,
    member_since  SMALLINT CHECK (member_since BETWEEN 2000 AND 2100),
    profile       TEXT     NOT NULL DEFAULT '',
    office_name   TEXT     NOT NULL DEFAULT '',
    office_email  TEXT     NOT NULL DEFAULT '',
    office_phone  TEXT     NOT NULL DEFAULT '',
    focus_topics  TEXT[]   NOT NULL DEFAULT '{}',
    version       INTEGER  NOT NULL DEFAULT 0
);
CREATE INDEX city_region_idx ON network.city (region_id);

-- Neighbourhoods of a city, optionally grouped by Stadtbezirk (district).
CREATE TABLE network.quartier (
    id        UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    city_id   UUID     NOT NULL REFERENCES network.city (id) ON DELETE CASCADE,
    district  TEXT,
    name      TEXT     NOT NULL,
    position  SMALLINT NOT NULL DEFAULT 0,
    UNIQUE (city_id, name)
);

-- Which cities took part in which network meeting (e.g. regionaltreffen-west-2024 in Bottrop).
CREATE TABLE network.meeting_participant (
    meeting TEXT NOT NULL,
    city_id UUID NOT NULL REFERENCES network.city (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting, city_id)
);
