package de.gemeinsinn.news;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL on {@code news.article}. Lists are one query each (window count, no N+1). */
@Repository
class ArticleRepository {

    private static final String COLUMNS = """
            a.id, a.slug, a.title, a.teaser, a.body_markdown, a.body_html, a.image_id, a.image_alt,
            a.tags, a.city_slug, a.region, a.status, a.published_at, a.author_id, a.author_name, a.updated_at
            """;

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Article> findBySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM news.article a WHERE a.slug = ?")
                .param(slug)
                .query(ArticleRepository::article)
                .optional();
    }

    boolean slugExists(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM news.article WHERE slug = ?)")
                .param(slug)
                .query(Boolean.class)
                .single();
    }

    /** Published articles, newest first, with the total for pagination in the same query. */
    Rows published(ArticleFilter filter, int limit, long offset) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", count(*) OVER () AS total FROM news.article a"
                + " WHERE a.status = 'PUBLISHED' AND a.published_at <= now()");
        List<Object> params = new ArrayList<>();
        if (filter.tag() != null) {
            sql.append(" AND ? = ANY (a.tags)");
            params.add(filter.tag());
        }
        if (ArticleFilter.NETWORK.equals(filter.city())) {
            sql.append(" AND a.city_slug IS NULL");
        } else if (filter.city() != null) {
            sql.append(" AND a.city_slug = ?");
            params.add(filter.city());
        }
        if (filter.region() != null) {
            sql.append(" AND a.region = ?");
            params.add(filter.region());
        }
        sql.append(" ORDER BY a.published_at DESC, a.slug LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        long[] total = {0};
        List<Article> items = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return article(rs, n);
                })
                .list();
        if (items.isEmpty() && offset > 0) {
            total[0] = -1; // unknown: the page is past the end
        }
        return new Rows(items, total[0]);
    }

    record Rows(List<Article> items, long total) {}

    /** Distinct tags of published articles, for the filter. */
    List<String> publishedTags() {
        return jdbc.sql("SELECT DISTINCT unnest(tags) AS tag FROM news.article WHERE status = 'PUBLISHED' ORDER BY 1")
                .query(String.class)
                .list();
    }

    /** Drafts and published articles the given cities (or, with null, everyone) may edit. */
    List<Article> drafts(List<String> citySlugs) {
        String where = citySlugs == null ? "" : " AND a.city_slug = ANY (?)";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM news.article a WHERE a.status = 'DRAFT'" + where
                + " ORDER BY a.updated_at DESC LIMIT 50");
        if (citySlugs != null) {
            spec = spec.param(citySlugs.toArray(String[]::new));
        }
        return spec.query(ArticleRepository::article).list();
    }

    Stream<Article> allPublished() {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM news.article a WHERE a.status = 'PUBLISHED'")
                .query(ArticleRepository::article)
                .stream();
    }

    List<Article> byAuthor(UUID personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM news.article a WHERE a.author_id = ? ORDER BY a.published_at")
                .param(personId)
                .query(ArticleRepository::article)
                .list();
    }

    UUID insert(Article a) {
        return jdbc.sql("""
                        INSERT INTO news.article (slug, title, teaser, body_markdown, body_html, image_id, image_alt,
                            tags, city_slug, region, status, published_at, author_id, author_name)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                        """)
                .params(
                        a.slug(),
                        a.title(),
                        a.teaser(),
                        a.bodyMarkdown(),
                        a.bodyHtml(),
                        a.imageId(),
                        a.imageAlt(),
                        a.tags().toArray(String[]::new),
                        a.citySlug(),
                        a.region(),
                        a.status().name(),
                        Timestamp.from(a.publishedAt()),
                        a.authorId(),
                        a.authorName())
                .query(UUID.class)
                .single();
    }

    void update(Article a) {
        jdbc.sql("""
                        UPDATE news.article SET title = ?, teaser = ?, body_markdown = ?, body_html = ?, image_id = ?,
                            image_alt = ?, tags = ?, city_slug = ?, region = ?, published_at = ?, updated_at = now(),
                            version = version + 1
                         WHERE id = ?
                        """)
                .params(
                        a.title(),
                        a.teaser(),
                        a.bodyMarkdown(),
                        a.bodyHtml(),
                        a.imageId(),
                        a.imageAlt(),
                        a.tags().toArray(String[]::new),
                        a.citySlug(),
                        a.region(),
                        Timestamp.from(a.publishedAt()),
                        a.id())
                .update();
    }

    void setStatus(UUID id, ArticleStatus status, Instant publishedAt) {
        jdbc.sql("UPDATE news.article SET status = ?, published_at = ?, updated_at = now(), version = version + 1"
                        + " WHERE id = ?")
                .params(status.name(), Timestamp.from(publishedAt), id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM news.article WHERE id = ?").param(id).update();
    }

    /** Keeps the articles, attributed to a former member. Returns the slugs that changed. */
    List<String> anonymiseAuthor(UUID personId, String formerMember) {
        return jdbc.sql("UPDATE news.article SET author_id = NULL, author_name = ? WHERE author_id = ? RETURNING slug")
                .params(formerMember, personId)
                .query(String.class)
                .list();
    }

    static Article article(ResultSet rs, int row) throws SQLException {
        return new Article(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("teaser"),
                rs.getString("body_markdown"),
                rs.getString("body_html"),
                rs.getObject("image_id", UUID.class),
                rs.getString("image_alt"),
                tags(rs.getArray("tags")),
                rs.getString("city_slug"),
                rs.getString("region"),
                ArticleStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("published_at").toInstant(),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
