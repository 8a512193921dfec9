package de.gemeinsinn.news;

import de.gemeinsinn.platform.web.HomeSection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The three newest published articles on the start page. */
@Component
class NewsHomeSection implements HomeSection {

    static final int ARTICLES = 3;

    private final NewsQueries queries;

    NewsHomeSection(NewsQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "news/home-section";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of(
                "articles", queries.slice(ArticleFilter.none(), ARTICLES, 0).items());
    }
}
