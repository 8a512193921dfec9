package de.gemeinsinn.news;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the edit form sends; kept apart from {@link Article}. Tags come as one comma-separated
 * line, the date as {@code yyyy-MM-dd}; {@link ArticleFormValidator} checks everything.
 *
 * @param city city slug, or empty for the network office
 */
record ArticleForm(
        String title,
        String teaser,
        String body,
        String tags,
        String city,
        String region,
        String publishedOn,
        String imageAlt,
        Boolean removeImage,
        MultipartFile image) {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static ArticleForm empty(String city, String region) {
        return new ArticleForm("", "", "", "", city, region, LocalDate.now(ZONE).toString(), "", false, null);
    }

    static ArticleForm of(Article a) {
        return new ArticleForm(
                a.title(),
                a.teaser(),
                a.bodyMarkdown(),
                String.join(", ", a.tags()),
                a.citySlug(),
                a.region(),
                LocalDate.ofInstant(a.publishedAt(), ZONE).toString(),
                a.imageAlt(),
                false,
                null);
    }

    boolean hasImage() {
        return image != null && !image.isEmpty();
    }

    boolean removesImage() {
        return Boolean.TRUE.equals(removeImage);
    }

    String citySlug() {
        return city == null || city.isBlank() ? null : city.strip();
    }

    public String regionOrNull() {
        return region == null || region.isBlank() ? null : region.strip();
    }

    List<String> tagList() {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    String trimmed(String s) {
        return s == null ? "" : s.strip();
    }
}
