package de.gemeinsinn.news;

import de.gemeinsinn.platform.GemeinsinnProperties;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The network-wide Atom feed of the latest published articles. */
@Controller
class NewsFeedController {

    static final int ENTRIES = 30;

    private final ArticleRepository articles;
    private final GemeinsinnProperties properties;

    NewsFeedController(ArticleRepository articles, GemeinsinnProperties properties) {
        this.articles = articles;
        this.properties = properties;
    }

    @GetMapping("/news/feed.atom")
    ResponseEntity<String> feed() {
        String base = properties.baseUrl();
        List<AtomFeedWriter.Entry> entries = articles.published(ArticleFilter.none(), ENTRIES, 0).items().stream()
                .map(a -> new AtomFeedWriter.Entry(
                        "urn:uuid:" + a.id(),
                        a.title(),
                        base + a.url(),
                        a.publishedAt(),
                        a.updatedAt().isAfter(a.publishedAt()) ? a.updatedAt() : a.publishedAt(),
                        a.teaser(),
                        absoluteImages(a.bodyHtml(), base)))
                .toList();
        String xml = AtomFeedWriter.write(
                "urn:uuid:"
                        + UUID.nameUUIDFromBytes((base + "/news").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "Gemeinsinn – Neuigkeiten",
                base + "/news/feed.atom",
                base + "/news",
                entries);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(xml);
    }

    /** Feed readers show content outside our site, so our relative image paths become absolute. */
    private static String absoluteImages(String html, String base) {
        return html.replace("src=\"/", "src=\"" + base + "/").replace("href=\"/", "href=\"" + base + "/");
    }
}
