package de.gemeinsinn.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a module makes findable. Public by default; internal content (an internal group's
 * minutes, say) names its {@code audience}, and only people who hold one of those keys (see
 * {@link SearchAudience}) or network admins find it.
 *
 * @param type one of {@code city}, {@code news}, {@code organisation}, {@code group}, {@code
 *     event}, {@code opportunity}
 * @param id stable id within the type (slug or UUID)
 * @param title shown as the hit's heading
 * @param text body text to search (plain text, no markup)
 * @param url path of the page that shows it, e.g. {@code /staedte/bottrop}
 * @param citySlug city it belongs to, or null for network-wide content
 * @param cityName display name of that city, or null
 * @param region region name (Nord, Ost, Süd, West, Mitte), or null
 * @param lat latitude for distance search, or null
 * @param lon longitude for distance search, or null
 * @param tags topics and keywords
 * @param date publication or start date, or null
 * @param audience empty for public content; otherwise the keys of who may find it, e.g. {@code
 *     group:<uuid>} or {@code role:CITY_COORDINATOR:bottrop}
 */
public record SearchDocument(
        String type,
        String id,
        String title,
        String text,
        String url,
        String citySlug,
        String cityName,
        String region,
        Double lat,
        Double lon,
        List<String> tags,
        Instant date,
        List<String> audience) {

    public SearchDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        text = text == null ? "" : text;
        tags = tags == null ? List.of() : List.copyOf(tags);
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    /** A public document. */
    public SearchDocument(
            String type,
            String id,
            String title,
            String text,
            String url,
            String citySlug,
            String cityName,
            String region,
            Double lat,
            Double lon,
            List<String> tags,
            Instant date) {
        this(type, id, title, text, url, citySlug, cityName, region, lat, lon, tags, date, List.of());
    }

    /** The same document, findable only by holders of one of these audience keys. */
    public SearchDocument restrictedTo(List<String> keys) {
        return new SearchDocument(type, id, title, text, url, citySlug, cityName, region, lat, lon, tags, date, keys);
    }

    public boolean isPublic() {
        return audience.isEmpty();
    }

    /** The key that identifies this document in the index. */
    public String key() {
        return type + ":" + id;
    }
}
