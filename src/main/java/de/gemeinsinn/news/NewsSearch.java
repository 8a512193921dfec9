package de.gemeinsinn.news;

import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.SearchIndexer;
import de.gemeinsinn.search.SearchSource;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published articles as search documents: for rebuilds and for every change. */
@Component
class NewsSearch implements SearchSource {

    static final String TYPE = "news";

    private final ArticleRepository articles;
    private final CityNames cities;
    private final MarkdownRenderer markdown;
    private final SearchIndexer indexer;

    NewsSearch(ArticleRepository articles, CityNames cities, MarkdownRenderer markdown, SearchIndexer indexer) {
        this.articles = articles;
        this.cities = cities;
        this.markdown = markdown;
        this.indexer = indexer;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<SearchDocument> documents() {
        Map<String, CityRef> bySlug = cities.bySlug();
        // materialised so that the caller may consume it outside this transaction
        return articles.allPublished().map(a -> document(a, bySlug)).toList().stream();
    }

    /** Called inside the writing transaction: published articles in, everything else out. */
    void changed(Article article) {
        if (article.isPublished()) {
            Map<String, CityRef> city = cities.find(article.citySlug())
                    .map(c -> Map.of(c.slug(), c))
                    .orElse(Map.of());
            indexer.upsert(document(article, city));
        } else {
            indexer.delete(TYPE, article.slug());
        }
    }

    void removed(Article article) {
        indexer.delete(TYPE, article.slug());
    }

    SearchDocument document(Article a, Map<String, CityRef> bySlug) {
        CityRef city = a.citySlug() == null ? null : bySlug.get(a.citySlug());
        String text = a.teaser() + "\n\n" + markdown.toPlainText(a.bodyMarkdown());
        return new SearchDocument(
                TYPE,
                a.slug(),
                a.title(),
                text,
                a.url(),
                a.citySlug(),
                city == null ? null : city.name(),
                a.region(),
                city == null ? null : city.lat(),
                city == null ? null : city.lon(),
                a.tags(),
                a.publishedAt());
    }
}
