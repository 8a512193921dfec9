CREATE SCHEMA IF NOT EXISTS groups;

-- Working groups of a city (city_slug) or of the whole network (city_slug null). city_slug is
-- the stable key of the network module's city (no foreign key across modules).
CREATE TABLE groups.work_group (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug        TEXT        NOT NULL UNIQUE,
    city_slug   TEXT,
    name        TEXT        NOT NULL,
    purpose     TEXT        NOT NULL DEFAULT '',
    goals       TEXT        NOT NULL DEFAULT '',
    topics      TEXT[]      NOT NULL DEFAULT '{}',
    quartiere   TEXT[]      NOT NULL DEFAULT '{}',
    visibility  TEXT        NOT NULL CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
    join_policy TEXT        NOT NULL CHECK (join_policy IN ('OPEN', 'REQUEST', 'INVITATION')),
    created_by  UUID,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX work_group_city_idx ON groups.work_group (city_slug, name);

-- Members. organisation_id: the organisation (organisations module) the person is there "for";
-- represents: free text such as a department ("Fachbereich Bildung und Soziales").
-- name_shown: PUBLIC = anyone who may see the group; MEMBERS = only other members, the
-- city's coordinators and network admins.
CREATE TABLE groups.membership (
    group_id        UUID        NOT NULL REFERENCES groups.work_group (id) ON DELETE CASCADE,
    person_id       UUID        NOT NULL,
    role            TEXT        NOT NULL CHECK (role IN ('LEAD', 'MEMBER', 'GUEST')),
    organisation_id UUID,
    represents      TEXT,
    name_shown      TEXT        NOT NULL DEFAULT 'MEMBERS' CHECK (name_shown IN ('PUBLIC', 'MEMBERS')),
    joined_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, person_id)
);
CREATE INDEX membership_person_idx ON groups.membership (person_id);

-- Requests to join a group with join policy REQUEST, decided by the group's leads.
CREATE TABLE groups.join_request (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    group_id   UUID        NOT NULL REFERENCES groups.work_group (id) ON DELETE CASCADE,
    person_id  UUID        NOT NULL,
    message    TEXT        NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (group_id, person_id)
);

-- Invitations by e-mail; the link carries a secret token of which only the SHA-256 hash is kept.
CREATE TABLE groups.invitation (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    group_id    UUID        NOT NULL REFERENCES groups.work_group (id) ON DELETE CASCADE,
    email       TEXT        NOT NULL,
    role        TEXT        NOT NULL CHECK (role IN ('LEAD', 'MEMBER', 'GUEST')),
    token_hash  TEXT        NOT NULL UNIQUE,
    invited_by  UUID,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ,
    accepted_by UUID
);
CREATE INDEX invitation_group_idx ON groups.invitation (group_id);

-- Documents and links of a group (title + URL).
CREATE TABLE groups.link (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    group_id   UUID        NOT NULL REFERENCES groups.work_group (id) ON DELETE CASCADE,
    title      TEXT        NOT NULL,
    url        TEXT        NOT NULL,
    position   INTEGER     NOT NULL DEFAULT 0,
    added_by   UUID,
    added_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX link_group_idx ON groups.link (group_id, position);
