package de.gemeinsinn.news;

import de.gemeinsinn.network.CityRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The read side for pages, feed and API: at most two queries per call (articles with their
 * total, and the city names).
 */
@Component
class NewsQueries {

    static final int PAGE_SIZE = 10;
    static final int MAX_LIMIT = 100;

    private final ArticleRepository articles;
    private final CityNames cities;

    NewsQueries(ArticleRepository articles, CityNames cities) {
        this.articles = articles;
        this.cities = cities;
    }

    ArticlePage page(ArticleFilter filter, int page) {
        int p = Math.max(1, page);
        return slice(filter, PAGE_SIZE, (long) (p - 1) * PAGE_SIZE, p);
    }

    /** For the API: limit and offset instead of page numbers. */
    ArticlePage slice(ArticleFilter filter, int limit, long offset) {
        return slice(filter, limit, offset, (int) (offset / Math.max(1, limit)) + 1);
    }

    private ArticlePage slice(ArticleFilter filter, int limit, long offset, int pageNumber) {
        ArticleRepository.Rows rows = articles.published(filter, limit, offset);
        Map<String, CityRef> bySlug = rows.items().isEmpty() ? Map.of() : cities.bySlug();
        List<ArticleSummary> items =
                rows.items().stream().map(a -> cities.summary(a, bySlug)).toList();
        long total = rows.total() < 0 ? offset : rows.total();
        return new ArticlePage(items, total, pageNumber, limit);
    }

    /** Published articles only; drafts are {@link Optional#empty()} here. */
    Optional<Article> published(String slug) {
        return articles.findBySlug(slug).filter(Article::isPublished);
    }

    List<String> tags() {
        return articles.publishedTags();
    }
}
