CREATE SCHEMA IF NOT EXISTS news;

-- Teaser images, re-encoded without metadata. Stored in PostgreSQL so that every instance
-- serves the same files.
CREATE TABLE news.image (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    content_type TEXT        NOT NULL,
    data         BYTEA       NOT NULL,
    thumbnail    BYTEA       NOT NULL,
    width        INTEGER     NOT NULL,
    height       INTEGER     NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- city_slug null = article by the network office. city_slug is kept as the stable key of the
-- network module's city (no foreign key across modules).
CREATE TABLE news.article (
    id            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug          TEXT        NOT NULL UNIQUE,
    title         TEXT        NOT NULL,
    teaser        TEXT        NOT NULL,
    body_markdown TEXT        NOT NULL,
    body_html     TEXT        NOT NULL,
    image_id      UUID REFERENCES news.image (id) ON DELETE SET NULL,
    image_alt     TEXT,
    tags          TEXT[]      NOT NULL DEFAULT '{}',
    city_slug     TEXT,
    region        TEXT,
    status        TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    published_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    author_id     UUID,
    author_name   TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       INTEGER     NOT NULL DEFAULT 0,
    CHECK (image_id IS NULL OR (image_alt IS NOT NULL AND image_alt <> ''))
);

CREATE INDEX article_published_idx ON news.article (published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX article_city_idx ON news.article (city_slug, published_at DESC);
CREATE INDEX article_tags_idx ON news.article USING gin (tags);
CREATE INDEX article_author_idx ON news.article (author_id) WHERE author_id IS NOT NULL;
