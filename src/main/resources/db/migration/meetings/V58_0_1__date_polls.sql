-- Finding a date: proposed times, one answer per member and time. meeting_id is set once the
-- poll became a meeting (then it is closed).
CREATE TABLE meetings.date_poll (
    id          UUID PRIMARY KEY,
    group_id    UUID        NOT NULL,
    title       TEXT        NOT NULL,
    place       TEXT        NOT NULL DEFAULT '',
    online_url  TEXT        NOT NULL DEFAULT '',
    meeting_id  UUID REFERENCES meetings.meeting (id) ON DELETE SET NULL,
    closed_at   TIMESTAMPTZ,
    created_by  UUID,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX date_poll_group_idx ON meetings.date_poll (group_id, created_at);

CREATE TABLE meetings.poll_option (
    id        UUID PRIMARY KEY,
    poll_id   UUID        NOT NULL REFERENCES meetings.date_poll (id) ON DELETE CASCADE,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at   TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX poll_option_poll_idx ON meetings.poll_option (poll_id, starts_at);

CREATE TABLE meetings.poll_answer (
    option_id   UUID        NOT NULL REFERENCES meetings.poll_option (id) ON DELETE CASCADE,
    person_id   UUID        NOT NULL,
    answer      TEXT        NOT NULL CHECK (answer IN ('YES', 'IF_NEED_BE', 'NO')),
    answered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (option_id, person_id)
);
CREATE INDEX poll_answer_person_idx ON meetings.poll_answer (person_id);
