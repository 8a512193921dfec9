package de.gemeinsinn.news;

import de.gemeinsinn.platform.images.ImageProcessor;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import de.gemeinsinn.platform.web.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes articles. Every method is one transaction: article, image and search outbox commit
 * together or not at all. Permission checks happen here, not only in the controllers.
 */
@Service
class ArticleService {

    private final ArticleRepository articles;
    private final ImageRepository images;
    private final MarkdownRenderer markdown;
    private final NewsSearch search;
    private final NewsPermissions permissions;
    private final CityNames cities;

    ArticleService(
            ArticleRepository articles,
            ImageRepository images,
            MarkdownRenderer markdown,
            NewsSearch search,
            NewsPermissions permissions,
            CityNames cities) {
        this.articles = articles;
        this.images = images;
        this.markdown = markdown;
        this.search = search;
        this.permissions = permissions;
        this.cities = cities;
    }

    Article find(String slug) {
        return articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("Artikel nicht gefunden: " + slug));
    }

    /** Creates a draft and returns its slug. */
    @Transactional
    String create(ArticleForm form, ImageProcessor.Processed image) {
        String city = form.citySlug();
        permissions.requireEdit(city);
        GemeinsinnUser author = permissions.currentUser();
        UUID imageId = image == null ? null : images.insert(image);
        String slug = uniqueSlug(form.title());
        Article article =
                build(null, slug, form, imageId, ArticleStatus.DRAFT, author.personId(), author.displayName());
        articles.insert(article);
        return slug;
    }

    @Transactional
    void update(String slug, ArticleForm form, ImageProcessor.Processed image) {
        Article old = find(slug);
        permissions.requireEdit(old.citySlug());
        permissions.requireEdit(form.citySlug()); // moving it to another city needs rights there too
        UUID imageId = old.imageId();
        if (image != null) {
            imageId = images.insert(image);
        } else if (form.removesImage()) {
            imageId = null;
        }
        Article updated = build(old.id(), slug, form, imageId, old.status(), old.authorId(), old.authorName());
        articles.update(updated);
        if (!Objects.equals(imageId, old.imageId())) {
            images.deleteUnused(old.imageId());
        }
        search.changed(updated);
    }

    @Transactional
    void publish(String slug) {
        setStatus(slug, ArticleStatus.PUBLISHED);
    }

    @Transactional
    void unpublish(String slug) {
        setStatus(slug, ArticleStatus.DRAFT);
    }

    @Transactional
    void delete(String slug) {
        Article old = find(slug);
        permissions.requireEdit(old.citySlug());
        articles.delete(old.id());
        images.deleteUnused(old.imageId());
        search.removed(old);
    }

    private void setStatus(String slug, ArticleStatus status) {
        Article old = find(slug);
        permissions.requireEdit(old.citySlug());
        articles.setStatus(old.id(), status, old.publishedAt());
        search.changed(articles.findBySlug(slug).orElseThrow());
    }

    private Article build(
            UUID id,
            String slug,
            ArticleForm form,
            UUID imageId,
            ArticleStatus status,
            UUID authorId,
            String authorName) {
        String city = form.citySlug();
        // a city's region comes from the directory when it knows the city
        String region = cities.find(city).map(c -> c.region()).orElse(form.regionOrNull());
        Instant publishedAt = LocalDate.parse(form.publishedOn().strip())
                .atTime(LocalTime.of(9, 0))
                .atZone(ArticleForm.ZONE)
                .toInstant();
        return new Article(
                id,
                slug,
                form.title().strip(),
                form.teaser().strip(),
                form.body(),
                markdown.toHtml(form.body()),
                imageId,
                imageId == null ? null : form.imageAlt().strip(),
                form.tagList(),
                city,
                region,
                status,
                publishedAt,
                authorId,
                authorName,
                Instant.now());
    }

    private String uniqueSlug(String title) {
        String base = Slugs.of(title);
        String slug = base;
        for (int i = 2; articles.slugExists(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }
}
