package de.gemeinsinn.news;

import de.gemeinsinn.platform.images.ImageProcessor;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teaser images in {@code news.image}, shared by every instance. */
@Repository
class ImageRepository {

    record StoredImage(byte[] data, String contentType) {}

    private final JdbcClient jdbc;

    ImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(ImageProcessor.Processed image) {
        return jdbc.sql("INSERT INTO news.image (content_type, data, thumbnail, width, height)"
                        + " VALUES ('image/jpeg', ?, ?, ?, ?) RETURNING id")
                .params(image.data(), image.thumbnail(), image.width(), image.height())
                .query(UUID.class)
                .single();
    }

    Optional<StoredImage> find(UUID id, boolean thumbnail) {
        String column = thumbnail ? "thumbnail" : "data";
        return jdbc.sql("SELECT " + column + " AS bytes, content_type FROM news.image WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoredImage(rs.getBytes("bytes"), rs.getString("content_type")))
                .optional();
    }

    /** Removes images no article points to any more (after a replacement or deletion). */
    void deleteUnused(UUID id) {
        if (id != null) {
            jdbc.sql("DELETE FROM news.image i WHERE i.id = ?"
                            + " AND NOT EXISTS (SELECT 1 FROM news.article a WHERE a.image_id = i.id)")
                    .param(id)
                    .update();
        }
    }
}
