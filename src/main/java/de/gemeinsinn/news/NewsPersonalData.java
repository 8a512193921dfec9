package de.gemeinsinn.news;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What news holds about a person: the articles they wrote. On erasure the articles stay (they
 * are the city's publications) but are attributed to a former member.
 */
@Component
class NewsPersonalData implements PersonalDataExporter {

    /** One authored article in the export. */
    record AuthoredArticle(String slug, String title, String city, String status, Instant publishedAt, String url) {}

    private final ArticleRepository articles;

    NewsPersonalData(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public String section() {
        return "news";
    }

    @Override
    public Object export(UUID personId) {
        List<AuthoredArticle> authored = articles.byAuthor(personId).stream()
                .map(a -> new AuthoredArticle(
                        a.slug(), a.title(), a.citySlug(), a.status().name(), a.publishedAt(), a.url()))
                .toList();
        return java.util.Map.of("authoredArticles", authored);
    }

    /**
     * Runs inside the publisher's transaction, so the erasure commits as a whole. (The
     * asynchronous {@code @ApplicationModuleListener} would also work; erasure is rare and the
     * synchronous form makes "after erasure nothing points to the person" immediately true.)
     */
    @EventListener
    @Transactional
    void on(PersonErased event) {
        articles.anonymiseAuthor(event.personId(), PersonErased.FORMER_MEMBER);
    }
}
