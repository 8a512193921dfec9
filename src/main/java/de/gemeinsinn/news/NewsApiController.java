package de.gemeinsinn.news;

import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.web.ApiController;
import de.gemeinsinn.platform.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public read API for published news. */
@ApiController("/api/v1/news")
class NewsApiController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,100}");

    /** One article in the list. URLs are absolute so that other sites can link them. */
    record NewsItem(
            String slug,
            String title,
            String teaser,
            String city,
            String cityName,
            String region,
            List<String> tags,
            Instant publishedAt,
            String url,
            String imageUrl) {}

    record NewsList(List<NewsItem> items, long total, int limit, long offset) {}

    record NewsDetail(NewsItem article, String html, String imageAlt, String author) {}

    private final NewsQueries queries;
    private final CityNames cities;
    private final String base;

    NewsApiController(NewsQueries queries, CityNames cities, GemeinsinnProperties properties) {
        this.queries = queries;
        this.cities = cities;
        this.base = properties.baseUrl();
    }

    @GetMapping
    NewsList list(
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        int l = number(limit, "limit", 20, 1, NewsQueries.MAX_LIMIT);
        int o = number(offset, "offset", 0, 0, 1_000_000);
        if (city != null && !city.isBlank() && !SLUG.matcher(city).matches()) {
            throw new IllegalArgumentException("Der Parameter „city“ muss ein Städte-Kürzel sein, z. B. „bottrop“.");
        }
        if (tag != null && tag.length() > ArticleFormValidator.TAG_LENGTH_MAX) {
            throw new IllegalArgumentException("Der Parameter „tag“ ist zu lang.");
        }
        ArticlePage page = queries.slice(new ArticleFilter(tag, city, region), l, o);
        return new NewsList(page.items().stream().map(this::item).toList(), page.total(), l, o);
    }

    @GetMapping("/{slug}")
    NewsDetail one(@PathVariable String slug) {
        Article a = queries.published(slug)
                .orElseThrow(() -> new NotFoundException("Es gibt keinen veröffentlichten Artikel „" + slug + "“."));
        return new NewsDetail(item(cities.summary(a)), a.bodyHtml(), a.imageAlt(), a.authorName());
    }

    private NewsItem item(ArticleSummary s) {
        return new NewsItem(
                s.slug(),
                s.title(),
                s.teaser(),
                s.citySlug(),
                s.cityName(),
                s.region(),
                s.tags(),
                s.publishedAt(),
                base + s.url(),
                s.imageUrl() == null ? null : base + s.imageUrl());
    }

    private static int number(String value, String name, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "Der Parameter „" + name + "“ muss eine ganze Zahl zwischen " + min + " und " + max + " sein.");
    }
}
