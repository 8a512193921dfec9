CREATE SCHEMA IF NOT EXISTS search;

-- Every change to searchable content, written in the same transaction as the change itself.
-- Each instance tails this table by id and applies the rows to its own Lucene index.
CREATE TABLE search.outbox (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_key    TEXT        NOT NULL,
    operation  TEXT        NOT NULL CHECK (operation IN ('UPSERT', 'DELETE')),
    payload    JSONB,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX outbox_created_idx ON search.outbox (created_at);
