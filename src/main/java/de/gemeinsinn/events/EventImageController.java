package de.gemeinsinn.events;

import de.gemeinsinn.platform.images.ImageProcessor;
import de.gemeinsinn.platform.images.StoredImages;
import de.gemeinsinn.platform.web.NotFoundException;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event's picture: organisers upload it on the edit page (re-encoded without metadata, as
 * news images), everyone can see it. An image never changes under its id, so it may be cached
 * for a year; a new upload gets a new id.
 */
@Controller
class EventImageController {

    static final int MAX_ALT = 250;

    private final EventPagesController pages;
    private final EventPermissions permissions;
    private final EventService service;
    private final ImageProcessor processor;
    private final JdbcClient jdbc;

    EventImageController(
            EventPagesController pages,
            EventPermissions permissions,
            EventService service,
            ImageProcessor processor,
            JdbcClient jdbc) {
        this.pages = pages;
        this.permissions = permissions;
        this.service = service;
        this.processor = processor;
        this.jdbc = jdbc;
    }

    static String url(UUID imageId, boolean thumbnail) {
        return imageId == null ? null : EventPaths.BASE + "/bilder/" + StoredImages.fileName(imageId, thumbnail);
    }

    @GetMapping(EventPaths.BASE + "/bilder/{name}.jpg")
    ResponseEntity<byte[]> image(@PathVariable String name) {
        StoredImages.Name n =
                StoredImages.Name.parse(name).orElseThrow(() -> new NotFoundException("Bild nicht gefunden"));
        byte[] data = jdbc.sql("SELECT " + (n.thumbnail() ? "thumbnail" : "data") + " FROM events.image WHERE id = ?")
                .param(n.id())
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Bild nicht gefunden"));
        return StoredImages.response("image/jpeg", data, name);
    }

    @PostMapping(EventPaths.BASE + "/{slug}/bild")
    @Transactional
    String upload(
            @PathVariable String slug,
            @RequestParam(name = "image", required = false) MultipartFile file,
            @RequestParam(name = "imageAlt", required = false) String alt,
            RedirectAttributes flash) {
        Event e = pages.find(slug);
        permissions.requireOrganiser(e);
        String description = alt == null ? "" : alt.strip();
        String back = "redirect:" + e.url() + "/bearbeiten#bild";
        flash.addFlashAttribute("imageAlt", description);
        if (description.isEmpty() || description.length() > MAX_ALT) {
            flash.addFlashAttribute(
                    "imageError", description.isEmpty() ? "events.image.altMissing" : "events.image.altTooLong");
            return back;
        }
        ImageProcessor.Processed image;
        try {
            image = processor.process(file == null ? null : file.getBytes());
        } catch (ImageProcessor.RejectedImage rejected) {
            flash.addFlashAttribute("imageError", rejected.messageKey());
            return back;
        } catch (IOException unreadable) {
            flash.addFlashAttribute("imageError", "image.type");
            return back;
        }
        UUID id = jdbc.sql(
                        "INSERT INTO events.image (content_type, data, thumbnail, width, height) VALUES ('image/jpeg', ?, ?, ?, ?) RETURNING id")
                .params(image.data(), image.thumbnail(), image.width(), image.height())
                .query(UUID.class)
                .single();
        service.setImage(e, id, description);
        deleteUnused(e.imageId());
        flash.addFlashAttribute("flash", "events.image.saved");
        return "redirect:" + e.url();
    }

    @PostMapping(EventPaths.BASE + "/{slug}/bild/entfernen")
    @Transactional
    String remove(@PathVariable String slug, RedirectAttributes flash) {
        Event e = pages.find(slug);
        permissions.requireOrganiser(e);
        service.setImage(e, null, null);
        deleteUnused(e.imageId());
        flash.addFlashAttribute("flash", "events.image.removed");
        return "redirect:" + e.url();
    }

    /** The old picture goes when no event shows it any more (nothing else refers to it). */
    private void deleteUnused(UUID imageId) {
        if (imageId != null) {
            jdbc.sql(
                            "DELETE FROM events.image i WHERE i.id = ? AND NOT EXISTS (SELECT 1 FROM events.event e WHERE e.image_id = i.id)")
                    .param(imageId)
                    .update();
        }
    }
}
