package de.gemeinsinn.news;

import de.gemeinsinn.platform.web.NotFoundException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves teaser images from PostgreSQL. An image never changes under its id (a new upload gets a
 * new id), so browsers and proxies may keep it for a year.
 */
@Controller
class NewsImageController {

    private static final String THUMB_SUFFIX = "-klein";

    private final ImageRepository images;

    NewsImageController(ImageRepository images) {
        this.images = images;
    }

    @GetMapping("/news/bilder/{name}.jpg")
    ResponseEntity<byte[]> image(@PathVariable String name) {
        boolean thumbnail = name.endsWith(THUMB_SUFFIX);
        String id = thumbnail ? name.substring(0, name.length() - THUMB_SUFFIX.length()) : name;
        ImageRepository.StoredImage image =
                images.find(parse(id), thumbnail).orElseThrow(() -> new NotFoundException("Bild nicht gefunden"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag("\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(image.data());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Bild nicht gefunden");
        }
    }
}
