package de.gemeinsinn.news;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What lists, the feed and the API show of an article, with the city name resolved. */
record ArticleSummary(
        String slug,
        String title,
        String teaser,
        List<String> tags,
        String citySlug,
        String cityName,
        String region,
        Instant publishedAt,
        UUID imageId,
        String imageAlt) {

    ArticleSummary {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public String url() {
        return "/news/" + slug;
    }

    public String thumbnailUrl() {
        return imageId == null ? null : "/news/bilder/" + imageId + "-klein.jpg";
    }

    public String imageUrl() {
        return imageId == null ? null : "/news/bilder/" + imageId + ".jpg";
    }
}
