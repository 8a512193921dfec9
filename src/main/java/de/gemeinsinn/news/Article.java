package de.gemeinsinn.news;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A news article by the network office ({@code citySlug == null}) or by a city.
 *
 * @param bodyHtml the sanitised HTML rendered from {@code bodyMarkdown}, cached
 * @param imageId the teaser image in {@code news.image}, or null
 * @param authorId the person who wrote it; null for demo data or after erasure
 */
record Article(
        UUID id,
        String slug,
        String title,
        String teaser,
        String bodyMarkdown,
        String bodyHtml,
        UUID imageId,
        String imageAlt,
        List<String> tags,
        String citySlug,
        String region,
        ArticleStatus status,
        Instant publishedAt,
        UUID authorId,
        String authorName,
        Instant updatedAt) {

    Article {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public boolean isNetworkArticle() {
        return citySlug == null;
    }

    public String url() {
        return "/news/" + slug;
    }

    public String imageUrl() {
        return imageId == null ? null : "/news/bilder/" + imageId + ".jpg";
    }

    public String thumbnailUrl() {
        return imageId == null ? null : "/news/bilder/" + imageId + "-klein.jpg";
    }
}
