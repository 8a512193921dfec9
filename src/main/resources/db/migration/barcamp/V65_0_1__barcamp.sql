CREATE SCHEMA IF NOT EXISTS barcamp;

-- One BarCamp per event (event_id is the events module's stable key; no foreign key across modules).
-- board_version grows with every change the live board shows; every instance polls it (ADR 0027).
-- plan_version grows with every change of the grid; a solver result is applied only to the plan
-- it was computed for.
CREATE TABLE barcamp.barcamp (
    id            UUID PRIMARY KEY,
    event_id      UUID        NOT NULL UNIQUE,
    phase         TEXT        NOT NULL DEFAULT 'PROPOSALS'
                  CHECK (phase IN ('PROPOSALS', 'VOTING', 'PLANNING', 'RUNNING', 'DONE')),
    published_at  TIMESTAMPTZ,
    board_version BIGINT      NOT NULL DEFAULT 0,
    plan_version  BIGINT      NOT NULL DEFAULT 0,
    last_solve    TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE barcamp.room (
    id         UUID PRIMARY KEY,
    barcamp_id UUID    NOT NULL REFERENCES barcamp.barcamp (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    capacity   INTEGER NOT NULL CHECK (capacity >= 0),
    features   TEXT[]  NOT NULL DEFAULT '{}',
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX room_barcamp ON barcamp.room (barcamp_id);

CREATE TABLE barcamp.slot (
    id         UUID PRIMARY KEY,
    barcamp_id UUID        NOT NULL REFERENCES barcamp.barcamp (id) ON DELETE CASCADE,
    starts_at  TIMESTAMPTZ NOT NULL,
    ends_at    TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX slot_barcamp ON barcamp.slot (barcamp_id, starts_at);

-- host_names: the hosts exactly as they want to be named; host_visibility: who sees that text.
-- proposer_*: who proposed it (never shown to others; for "Meine Daten" and erasure).
-- A cell holds at most one session; the constraint is checked at commit so that swaps work.
CREATE TABLE barcamp.session (
    id                       UUID PRIMARY KEY,
    barcamp_id               UUID        NOT NULL REFERENCES barcamp.barcamp (id) ON DELETE CASCADE,
    title                    TEXT        NOT NULL,
    description              TEXT        NOT NULL DEFAULT '',
    host_names               TEXT        NOT NULL DEFAULT '',
    host_visibility          TEXT        NOT NULL DEFAULT 'ALL' CHECK (host_visibility IN ('ALL', 'PARTICIPANTS', 'NONE')),
    needs                    TEXT[]      NOT NULL DEFAULT '{}',
    proposer_registration_id UUID,
    proposer_person_id       UUID,
    proposer_hosts           BOOLEAN     NOT NULL DEFAULT false,
    hands                    INTEGER CHECK (hands >= 0),
    room_id                  UUID REFERENCES barcamp.room (id) ON DELETE SET NULL,
    slot_id                  UUID REFERENCES barcamp.slot (id) ON DELETE SET NULL,
    pinned                   BOOLEAN     NOT NULL DEFAULT false,
    ical_sequence            INTEGER     NOT NULL DEFAULT 0,
    notes                    TEXT        NOT NULL DEFAULT '',
    results                  TEXT        NOT NULL DEFAULT '',
    doc_version              INTEGER     NOT NULL DEFAULT 0,
    doc_updated_at           TIMESTAMPTZ,
    created_at               TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT session_one_per_cell UNIQUE (room_id, slot_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX session_barcamp ON barcamp.session (barcamp_id, created_at);
CREATE INDEX session_proposer ON barcamp.session (proposer_person_id) WHERE proposer_person_id IS NOT NULL;

-- Interest ("interessiert") of one registration in one session. Never shown per person.
CREATE TABLE barcamp.vote (
    session_id      UUID        NOT NULL REFERENCES barcamp.session (id) ON DELETE CASCADE,
    registration_id UUID        NOT NULL,
    person_id       UUID,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, registration_id)
);
CREATE INDEX vote_person ON barcamp.vote (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX vote_registration ON barcamp.vote (registration_id);

-- Personal agenda.
CREATE TABLE barcamp.star (
    session_id      UUID        NOT NULL REFERENCES barcamp.session (id) ON DELETE CASCADE,
    registration_id UUID        NOT NULL,
    person_id       UUID,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, registration_id)
);
CREATE INDEX star_person ON barcamp.star (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX star_registration ON barcamp.star (registration_id);

-- Per registration: the secret of the personal calendar feed and the opt-in for change mails.
CREATE TABLE barcamp.participant (
    barcamp_id      UUID        NOT NULL REFERENCES barcamp.barcamp (id) ON DELETE CASCADE,
    registration_id UUID        NOT NULL,
    person_id       UUID,
    feed_token      TEXT        NOT NULL UNIQUE,
    notify_changes  BOOLEAN     NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (barcamp_id, registration_id)
);
CREATE INDEX participant_person ON barcamp.participant (person_id) WHERE person_id IS NOT NULL;

-- Personal links for participants without an account (only the SHA-256 of the secret is stored).
CREATE TABLE barcamp.access_link (
    token_hash      TEXT PRIMARY KEY,
    barcamp_id      UUID        NOT NULL REFERENCES barcamp.barcamp (id) ON DELETE CASCADE,
    registration_id UUID        NOT NULL,
    email           TEXT        NOT NULL,
    person_id       UUID,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX access_link_person ON barcamp.access_link (person_id) WHERE person_id IS NOT NULL;

-- Announced changes after the timetable was published.
CREATE TABLE barcamp.change (
    id         BIGSERIAL PRIMARY KEY,
    barcamp_id UUID        NOT NULL REFERENCES barcamp.barcamp (id) ON DELETE CASCADE,
    session_id UUID REFERENCES barcamp.session (id) ON DELETE SET NULL,
    message    TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX change_barcamp ON barcamp.change (barcamp_id, id DESC);

-- Every saved version of a session's documentation, with its author (as shown).
CREATE TABLE barcamp.doc_revision (
    id                     BIGSERIAL PRIMARY KEY,
    session_id             UUID        NOT NULL REFERENCES barcamp.session (id) ON DELETE CASCADE,
    version                INTEGER     NOT NULL,
    notes                  TEXT        NOT NULL,
    results                TEXT        NOT NULL,
    author_person_id       UUID,
    author_registration_id UUID,
    author_name            TEXT        NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (session_id, version)
);
CREATE INDEX doc_revision_person ON barcamp.doc_revision (author_person_id) WHERE author_person_id IS NOT NULL;

CREATE TABLE barcamp.link (
    id                 UUID PRIMARY KEY,
    session_id         UUID        NOT NULL REFERENCES barcamp.session (id) ON DELETE CASCADE,
    url                TEXT        NOT NULL,
    label              TEXT        NOT NULL,
    added_by_person_id UUID,
    added_by_name      TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX link_session ON barcamp.link (session_id);

CREATE TABLE barcamp.file (
    id                    UUID PRIMARY KEY,
    session_id            UUID        NOT NULL REFERENCES barcamp.session (id) ON DELETE CASCADE,
    filename              TEXT        NOT NULL,
    content_type          TEXT        NOT NULL,
    size                  INTEGER     NOT NULL,
    data                  BYTEA       NOT NULL,
    uploaded_by_person_id UUID,
    uploaded_by_name      TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX file_session ON barcamp.file (session_id);
