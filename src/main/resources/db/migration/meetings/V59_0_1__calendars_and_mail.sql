-- One private calendar feed per person: only the SHA-256 of the secret URL token is kept.
CREATE TABLE meetings.calendar_feed (
    person_id  UUID PRIMARY KEY,
    token_hash TEXT        NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Mail preferences; a missing row means the default of the kind (all on but the digest).
CREATE TABLE meetings.mail_preference (
    person_id UUID    NOT NULL,
    kind      TEXT    NOT NULL,
    enabled   BOOLEAN NOT NULL,
    PRIMARY KEY (person_id, kind)
);

-- Mails to send, written in the same transaction as the change they tell about. Any instance
-- may send; FOR UPDATE SKIP LOCKED hands each row to exactly one.
CREATE TABLE meetings.notification (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  UUID        NOT NULL,
    kind       TEXT        NOT NULL,
    subject_id UUID        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts   INTEGER     NOT NULL DEFAULT 0,
    not_before TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX notification_due_idx ON meetings.notification (not_before);
CREATE INDEX notification_person_idx ON meetings.notification (person_id);

-- "Sent" markers of the scheduled jobs: the primary key makes a reminder (or a weekly digest)
-- happen once, however many instances run the job at the same time.
CREATE TABLE meetings.reminder_sent (
    key     TEXT PRIMARY KEY,
    sent_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Secret for signing unsubscribe links (created once, on first use).
CREATE TABLE meetings.secret (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
