package de.gemeinsinn.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a module makes findable. Only public content goes into the index.
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
        Instant date) {

    public SearchDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        text = text == null ? "" : text;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The key that identifies this document in the index. */
    public String key() {
        return type + ":" + id;
    }
}
