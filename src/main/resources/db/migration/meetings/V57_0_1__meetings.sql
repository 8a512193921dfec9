CREATE SCHEMA IF NOT EXISTS meetings;

-- Meetings of a working group (group_id: the groups module's group; no foreign key across
-- modules). Times are instants; pages show and take Europe/Berlin. sequence is the iCalendar
-- SEQUENCE: it grows with every change a calendar must see (time, place, title, cancellation).
-- minutes_status: DRAFT while people write, APPROVED once a lead approved and published them.
CREATE TABLE meetings.meeting (
    id                  UUID PRIMARY KEY,
    group_id            UUID        NOT NULL,
    title               TEXT        NOT NULL,
    starts_at           TIMESTAMPTZ NOT NULL,
    ends_at             TIMESTAMPTZ NOT NULL,
    place               TEXT        NOT NULL DEFAULT '',
    online_url          TEXT        NOT NULL DEFAULT '',
    status              TEXT        NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    sequence            INTEGER     NOT NULL DEFAULT 0,
    minutes_status      TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (minutes_status IN ('DRAFT', 'APPROVED')),
    minutes_approved_at TIMESTAMPTZ,
    minutes_approved_by UUID,
    public_summary      TEXT        NOT NULL DEFAULT '',
    created_by          UUID,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);
CREATE INDEX meeting_group_idx ON meetings.meeting (group_id, starts_at);

-- Agenda items in order, each with its own minutes. minutes_version is the optimistic lock:
-- a save names the version it started from and only wins when nobody saved in between.
-- action_id: the open action item this point was offered for, if any.
CREATE TABLE meetings.agenda_item (
    id                 UUID PRIMARY KEY,
    meeting_id         UUID        NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    position           INTEGER     NOT NULL,
    title              TEXT        NOT NULL,
    notes              TEXT        NOT NULL DEFAULT '',
    action_id          UUID,
    minutes            TEXT        NOT NULL DEFAULT '',
    minutes_version    INTEGER     NOT NULL DEFAULT 0,
    minutes_updated_at TIMESTAMPTZ
);
CREATE INDEX agenda_item_meeting_idx ON meetings.agenda_item (meeting_id, position);

-- Who wrote minutes of an agenda item. person_id becomes NULL when the person erases their
-- account: the text stays, attributed to "ehemaliges Mitglied".
CREATE TABLE meetings.minutes_author (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agenda_item_id UUID        NOT NULL REFERENCES meetings.agenda_item (id) ON DELETE CASCADE,
    person_id      UUID,
    saved_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (agenda_item_id, person_id)
);
CREATE INDEX minutes_author_person_idx ON meetings.minutes_author (person_id);

CREATE TABLE meetings.rsvp (
    meeting_id  UUID        NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    person_id   UUID        NOT NULL,
    answer      TEXT        NOT NULL CHECK (answer IN ('YES', 'NO', 'MAYBE')),
    answered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX rsvp_person_idx ON meetings.rsvp (person_id);

-- Decisions, numbered 1, 2, 3 ... per group; decision_counter hands out the numbers (the row
-- lock of the upsert serialises concurrent decisions of one group).
CREATE TABLE meetings.decision_counter (
    group_id UUID PRIMARY KEY,
    last     INTEGER NOT NULL
);

CREATE TABLE meetings.decision (
    id            UUID PRIMARY KEY,
    group_id      UUID        NOT NULL,
    number        INTEGER     NOT NULL,
    text          TEXT        NOT NULL,
    method        TEXT        NOT NULL CHECK (method IN ('CONSENSUS', 'VOTE')),
    votes_yes     INTEGER CHECK (votes_yes >= 0),
    votes_no      INTEGER CHECK (votes_no >= 0),
    votes_abstain INTEGER CHECK (votes_abstain >= 0),
    status        TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    meeting_id    UUID REFERENCES meetings.meeting (id) ON DELETE SET NULL,
    decided_on    DATE        NOT NULL,
    created_by    UUID,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (group_id, number)
);
CREATE INDEX decision_meeting_idx ON meetings.decision (meeting_id);

CREATE TABLE meetings.action_item (
    id          UUID PRIMARY KEY,
    group_id    UUID        NOT NULL,
    title       TEXT        NOT NULL,
    owner_id    UUID,
    due_on      DATE,
    status      TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    meeting_id  UUID REFERENCES meetings.meeting (id) ON DELETE SET NULL,
    decision_id UUID REFERENCES meetings.decision (id) ON DELETE SET NULL,
    created_by  UUID,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX action_item_group_idx ON meetings.action_item (group_id, status, due_on);
CREATE INDEX action_item_owner_idx ON meetings.action_item (owner_id, status, due_on);
CREATE INDEX action_item_meeting_idx ON meetings.action_item (meeting_id);
