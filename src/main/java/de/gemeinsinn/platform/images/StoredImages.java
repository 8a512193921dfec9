package de.gemeinsinn.platform.images;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How modules serve processed images: the URL name is the image's id, {@code -klein} for the
 * thumbnail. An image never changes under its id (a new upload gets a new id), so browsers and
 * proxies may keep it for a year.
 */
public final class StoredImages {

    public static final String THUMB_SUFFIX = "-klein";

    private StoredImages() {}

    /** Which image a URL name ({@code <id>} or {@code <id>-klein}) means; empty for anything else. */
    public record Name(UUID id, boolean thumbnail) {

        public static Optional<Name> parse(String name) {
            boolean thumbnail = name.endsWith(THUMB_SUFFIX);
            String id = thumbnail ? name.substring(0, name.length() - THUMB_SUFFIX.length()) : name;
            try {
                return Optional.of(new Name(UUID.fromString(id), thumbnail));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** The file name under which an image is served, e.g. {@code <id>-klein.jpg}. */
    public static String fileName(UUID id, boolean thumbnail) {
        return id + (thumbnail ? THUMB_SUFFIX : "") + ".jpg";
    }

    /** The image with a year of caching, an ETag and no content sniffing. */
    public static ResponseEntity<byte[]> response(String contentType, byte[] data, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag("\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(data);
    }
}
