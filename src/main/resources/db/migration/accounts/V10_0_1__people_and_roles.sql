-- People, their scoped roles and consents. E-mail addresses are stored lower-case.
CREATE SCHEMA IF NOT EXISTS accounts;

CREATE TABLE accounts.person (
    id            UUID PRIMARY KEY,
    email         TEXT        NOT NULL,
    display_name  TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACTIVE')),
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX person_email_ux ON accounts.person (lower(email));

CREATE TABLE accounts.role_grant (
    person_id  UUID        NOT NULL REFERENCES accounts.person (id) ON DELETE CASCADE,
    role       TEXT        NOT NULL,
    scope      TEXT        NOT NULL DEFAULT '',
    granted_by UUID        REFERENCES accounts.person (id) ON DELETE SET NULL,
    granted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (person_id, role, scope)
);

CREATE TABLE accounts.consent (
    person_id    UUID        NOT NULL REFERENCES accounts.person (id) ON DELETE CASCADE,
    purpose      TEXT        NOT NULL,
    text_version TEXT        NOT NULL,
    given_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (person_id, purpose, text_version)
);

-- Single-use links sent by mail (confirmation, password reset). Only the SHA-256 hash is kept.
CREATE TABLE accounts.mail_token (
    token_hash TEXT PRIMARY KEY,
    person_id  UUID        NOT NULL REFERENCES accounts.person (id) ON DELETE CASCADE,
    purpose    TEXT        NOT NULL CHECK (purpose IN ('CONFIRM', 'RESET')),
    expires_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE accounts.invitation (
    token_hash  TEXT PRIMARY KEY,
    email       TEXT        NOT NULL,
    role        TEXT        NOT NULL,
    scope       TEXT        NOT NULL DEFAULT '',
    invited_by  UUID        REFERENCES accounts.person (id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);

-- Personal access tokens for the API; only the SHA-256 hash is kept.
CREATE TABLE accounts.api_token (
    id           UUID PRIMARY KEY,
    person_id    UUID        NOT NULL REFERENCES accounts.person (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL,
    token_hash   TEXT        NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_token_person_ix ON accounts.api_token (person_id);

-- Every form login attempt: login history for the person and the data for throttling.
CREATE TABLE accounts.login_attempt (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      TEXT        NOT NULL,
    ip         TEXT        NOT NULL,
    success    BOOLEAN     NOT NULL,
    at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_attempt_email_ix ON accounts.login_attempt (email, at);
CREATE INDEX login_attempt_ip_ix ON accounts.login_attempt (ip, at);

-- Outgoing mails when no SMTP server is configured (development), shown at /dev/postfach.
CREATE TABLE accounts.dev_mail (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient TEXT        NOT NULL,
    subject   TEXT        NOT NULL,
    body      TEXT        NOT NULL,
    sent_at   TIMESTAMPTZ NOT NULL
);
