CREATE SCHEMA IF NOT EXISTS organisations;

-- Logos, re-encoded without metadata (same rules as news images). Stored in PostgreSQL so that
-- every instance serves the same files.
CREATE TABLE organisations.logo (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    content_type TEXT        NOT NULL,
    data         BYTEA       NOT NULL,
    thumbnail    BYTEA       NOT NULL,
    width        INTEGER     NOT NULL,
    height       INTEGER     NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Organisations of a member city. city_slug is the stable key of the network module's city (no
-- foreign key across modules). Only APPROVED organisations are public.
-- contact_consent_at: set when the public contact address is a person's own address and that
-- person agreed to show it; null for role addresses (info@verein.de).
CREATE TABLE organisations.organisation (
    id                 UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug               TEXT        NOT NULL UNIQUE,
    city_slug          TEXT        NOT NULL,
    name               TEXT        NOT NULL,
    type               TEXT        NOT NULL CHECK (type IN ('VEREIN', 'INITIATIVE', 'VERWALTUNG', 'UNTERNEHMEN',
                                                             'STIFTUNG', 'BILDUNG', 'RELIGION', 'SONSTIGE')),
    quartier           TEXT,
    description        TEXT        NOT NULL DEFAULT '',
    website            TEXT,
    contact_email      TEXT,
    contact_personal   BOOLEAN     NOT NULL DEFAULT false,
    contact_consent_at TIMESTAMPTZ,
    logo_id            UUID REFERENCES organisations.logo (id) ON DELETE SET NULL,
    status             TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    registered_by      UUID,
    registered_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_by         UUID,
    decided_at         TIMESTAMPTZ,
    decision_note      TEXT,
    version            INTEGER     NOT NULL DEFAULT 0,
    CHECK (NOT contact_personal OR contact_consent_at IS NOT NULL),
    UNIQUE (city_slug, name)
);
CREATE INDEX organisation_city_idx ON organisations.organisation (city_slug, status, name);

-- People who maintain an organisation (the one who registered it, and whom they add).
CREATE TABLE organisations.manager (
    organisation_id UUID        NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    person_id       UUID        NOT NULL,
    since           TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, person_id)
);
CREATE INDEX manager_person_idx ON organisations.manager (person_id);
