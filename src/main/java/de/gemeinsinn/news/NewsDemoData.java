package de.gemeinsinn.news;

import de.gemeinsinn.platform.images.ImageProcessor;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo news, loaded after the cities (order 10). Idempotent: an article whose slug exists is left
 * alone, so edits made in the demo survive restarts.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "gemeinsinn.demo-data", havingValue = "true")
class NewsDemoData implements ApplicationRunner {

    private final ArticleRepository articles;
    private final ImageRepository images;
    private final MarkdownRenderer markdown;
    private final NewsSearch search;
    private final ResourceLoader resources;
    private final TransactionTemplate tx;

    NewsDemoData(
            ArticleRepository articles,
            ImageRepository images,
            MarkdownRenderer markdown,
            NewsSearch search,
            ResourceLoader resources,
            TransactionTemplate tx) {
        this.articles = articles;
        this.images = images;
        this.markdown = markdown;
        this.search = search;
        this.resources = resources;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (NewsDemoArticles.Demo demo : NewsDemoArticles.all()) {
            tx.executeWithoutResult(status -> {
                if (!articles.slugExists(demo.slug())) {
                    insert(demo);
                }
            });
        }
    }

    private void insert(NewsDemoArticles.Demo demo) {
        String body = body(demo.body());
        UUID imageId = demo.withImage() ? images.insert(teaserImage()) : null;
        Article article = new Article(
                null,
                demo.slug(),
                demo.title(),
                demo.teaser(),
                body,
                markdown.toHtml(body),
                imageId,
                imageId == null ? null : NewsDemoArticles.IMAGE_ALT,
                demo.tags(),
                demo.city(),
                demo.region(),
                ArticleStatus.PUBLISHED,
                demo.date().atTime(LocalTime.of(10, 0)).atZone(ArticleForm.ZONE).toInstant(),
                null,
                "Redaktion Gemeinsinn",
                null);
        articles.insert(article);
        search.changed(article);
    }

    private String body(String body) {
        if (!body.startsWith("classpath:")) {
            return body;
        }
        try (var in = resources.getResource(body).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A simple drawn picture (cards on a pin board), so the demo needs no external image. */
    static ImageProcessor.Processed teaserImage() {
        int w = 1600;
        int h = 900;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF3F5F7));
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0xC9A66B));
            g.fillRoundRect(120, 180, w - 240, h - 300, 30, 30);
            Color[] cards = {new Color(0xFFE08A), new Color(0x9BD3F5), new Color(0xF7A8B8), new Color(0xB5E3A1)};
            for (int i = 0; i < 12; i++) {
                int x = 180 + (i % 4) * 330;
                int y = 230 + (i / 4) * 180;
                g.setColor(cards[(i * 7) % cards.length]);
                g.fillRect(x, y, 280, 140);
                g.setColor(new Color(0x4A5561));
                g.setStroke(new BasicStroke(6));
                g.drawLine(x + 30, y + 50, x + 250, y + 50);
                g.drawLine(x + 30, y + 90, x + 190, y + 90);
                g.setColor(new Color(0xB3261E));
                g.fillOval(x + 130, y - 12, 24, 24);
            }
            // no text: headless servers may lack fonts, and the picture needs none
            g.setColor(new Color(0x0B5CAD));
            g.fillRect(120, 90, w - 240, 40);
        } finally {
            g.dispose();
        }
        return new ImageProcessor.Processed(
                ImageProcessor.jpeg(img),
                ImageProcessor.jpeg(ImageProcessor.scale(img, ImageProcessor.THUMB_WIDTH)),
                w,
                h);
    }
}
