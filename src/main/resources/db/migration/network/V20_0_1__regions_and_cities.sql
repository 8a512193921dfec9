CREATE SCHEMA IF NOT EXISTS network;

CREATE TABLE network.region (
    id   SMALLINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE network.city (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug         TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    ags          TEXT,
    state        TEXT    NOT NULL,
    region_id    SMALLINT NOT NULL REFERENCES network.region (id),
    population   INTEGER,
    lat          DOUBLE PRECISION NOT NULL,
    lon          DOUBLE PRECISION NOT NULL,
    member_since DATE,
    version      INTEGER NOT NULL DEFAULT 0
);
