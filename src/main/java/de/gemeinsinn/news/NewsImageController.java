package de.gemeinsinn.news;

import de.gemeinsinn.platform.images.StoredImages;
import de.gemeinsinn.platform.web.NotFoundException;
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

    private final ImageRepository images;

    NewsImageController(ImageRepository images) {
        this.images = images;
    }

    @GetMapping("/news/bilder/{name}.jpg")
    ResponseEntity<byte[]> image(@PathVariable String name) {
        StoredImages.Name n =
                StoredImages.Name.parse(name).orElseThrow(() -> new NotFoundException("Bild nicht gefunden"));
        ImageRepository.StoredImage image =
                images.find(n.id(), n.thumbnail()).orElseThrow(() -> new NotFoundException("Bild nicht gefunden"));
        return StoredImages.response(image.contentType(), image.data(), name);
    }
}
