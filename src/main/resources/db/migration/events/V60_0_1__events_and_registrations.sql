CREATE SCHEMA IF NOT EXISTS events;

-- Event images, re-encoded without metadata (same processing as news teaser images).
CREATE TABLE events.image (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    content_type TEXT        NOT NULL,
    data         BYTEA       NOT NULL,
    thumbnail    BYTEA       NOT NULL,
    width        INTEGER     NOT NULL,
    height       INTEGER     NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- city_slug null = network event (then region_code names the region, or null for national).
-- city_slug / region_code are the network module's stable keys (no foreign keys across modules).
CREATE TABLE events.event (
    id                     UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug                   TEXT        NOT NULL UNIQUE,
    title                  TEXT        NOT NULL,
    description_markdown   TEXT        NOT NULL DEFAULT '',
    description_html       TEXT        NOT NULL DEFAULT '',
    programme_markdown     TEXT        NOT NULL DEFAULT '',
    programme_html         TEXT        NOT NULL DEFAULT '',
    starts_at              TIMESTAMPTZ NOT NULL,
    ends_at                TIMESTAMPTZ NOT NULL,
    city_slug              TEXT,
    region_code            TEXT,
    venue_name             TEXT        NOT NULL,
    venue_address          TEXT        NOT NULL DEFAULT '',
    venue_postcode         TEXT        NOT NULL DEFAULT '',
    venue_city             TEXT        NOT NULL DEFAULT '',
    venue_accessibility    TEXT        NOT NULL DEFAULT '',
    venue_lat              DOUBLE PRECISION,
    venue_lon              DOUBLE PRECISION,
    organiser_name         TEXT        NOT NULL DEFAULT '',
    image_id               UUID REFERENCES events.image (id) ON DELETE SET NULL,
    image_alt              TEXT,
    registration_enabled   BOOLEAN     NOT NULL DEFAULT true,
    capacity               INTEGER     NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    per_city_quota         INTEGER     CHECK (per_city_quota IS NULL OR per_city_quota > 0),
    registration_opens_at  TIMESTAMPTZ,
    registration_closes_at TIMESTAMPTZ,
    status                 TEXT        NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    -- iCalendar SEQUENCE: incremented on every change a calendar should pick up
    ical_sequence          INTEGER     NOT NULL DEFAULT 0,
    created_by             UUID,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    version                INTEGER     NOT NULL DEFAULT 0,
    CHECK (ends_at >= starts_at),
    CHECK (image_id IS NULL OR (image_alt IS NOT NULL AND image_alt <> ''))
);
CREATE INDEX event_starts_idx ON events.event (starts_at);
CREATE INDEX event_city_idx ON events.event (city_slug, starts_at);
CREATE INDEX event_region_idx ON events.event (region_code, starts_at);

-- Explicitly named organisers besides the coordinators / network admins.
CREATE TABLE events.organiser (
    event_id  UUID NOT NULL REFERENCES events.event (id) ON DELETE CASCADE,
    person_id UUID NOT NULL,
    PRIMARY KEY (event_id, person_id)
);

-- Arrival order of registrations: drawn while holding the event's allocation lock (see ADR 0020).
CREATE SEQUENCE events.queue_seq;

-- PENDING: written, not yet allocated (see ADR 0020); then CONFIRMED or WAITLISTED; CANCELLED last.
CREATE TABLE events.registration (
    id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id            UUID        NOT NULL REFERENCES events.event (id) ON DELETE CASCADE,
    name                TEXT        NOT NULL,
    email               TEXT        NOT NULL,
    email_key           TEXT        NOT NULL,
    city_slug           TEXT,
    organisation        TEXT        NOT NULL DEFAULT '',
    accessibility_needs TEXT,
    dietary_wishes      TEXT,
    show_in_list        BOOLEAN     NOT NULL DEFAULT false,
    consent_version     TEXT        NOT NULL,
    consented_at        TIMESTAMPTZ NOT NULL,
    person_id           UUID,
    status              TEXT        NOT NULL DEFAULT 'PENDING'
                        CHECK (status IN ('PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    queue_no            BIGINT,
    checked_in_at       TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    allocated_at        TIMESTAMPTZ,
    cancelled_at        TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (status = 'PENDING' OR status = 'CANCELLED' OR queue_no IS NOT NULL)
);
-- the same address once per event (cancelled registrations do not count)
CREATE UNIQUE INDEX registration_email_once ON events.registration (event_id, email_key)
    WHERE status <> 'CANCELLED';
CREATE INDEX registration_event_status_idx ON events.registration (event_id, status, queue_no);
CREATE INDEX registration_person_idx ON events.registration (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX registration_email_idx ON events.registration (email_key);

-- Personal links (manage, check-in): only SHA-256 hashes are stored.
CREATE TABLE events.registration_token (
    token_hash      TEXT PRIMARY KEY,
    registration_id UUID        NOT NULL REFERENCES events.registration (id) ON DELETE CASCADE,
    kind            TEXT        NOT NULL CHECK (kind IN ('MANAGE', 'CHECKIN')),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX registration_token_reg_idx ON events.registration_token (registration_id);

-- Mails to send after a status change, written in the same transaction (outbox). The raw
-- manage token lives here only until the mail is sent; the row is deleted then.
CREATE TABLE events.notification (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    registration_id UUID        NOT NULL REFERENCES events.registration (id) ON DELETE CASCADE,
    kind            TEXT        NOT NULL CHECK (kind IN ('CONFIRMED', 'WAITLISTED', 'PROMOTED', 'CANCELLED', 'EVENT_CANCELLED')),
    manage_token    TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts        INTEGER     NOT NULL DEFAULT 0
);
