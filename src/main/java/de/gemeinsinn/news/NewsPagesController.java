package de.gemeinsinn.news;

import de.gemeinsinn.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: the list with filters and one article. */
@Controller
class NewsPagesController {

    private final NewsQueries queries;
    private final ArticleRepository articles;
    private final NewsPermissions permissions;
    private final CityNames cities;

    NewsPagesController(
            NewsQueries queries, ArticleRepository articles, NewsPermissions permissions, CityNames cities) {
        this.queries = queries;
        this.articles = articles;
        this.permissions = permissions;
        this.cities = cities;
    }

    @GetMapping("/news")
    String list(
            @RequestParam(required = false) String tag,
            @RequestParam(name = "stadt", required = false) String city,
            @RequestParam(required = false) String region,
            @RequestParam(name = "seite", defaultValue = "1") String page,
            Model model) {
        ArticleFilter filter = new ArticleFilter(tag, city, region);
        model.addAttribute("filter", filter);
        model.addAttribute("page", queries.page(filter, parsePage(page)));
        model.addAttribute("tags", queries.tags());
        model.addAttribute("cities", cities.all());
        model.addAttribute("regions", cities.regions());
        model.addAttribute("canWrite", permissions.canWriteAny());
        if (permissions.canWriteAny()) {
            model.addAttribute("drafts", articles.drafts(permissions.coordinatedCities()));
        }
        return "news/list";
    }

    @GetMapping("/news/{slug}")
    String article(@PathVariable String slug, Model model) {
        Article article = articles.findBySlug(slug)
                .filter(a -> a.isPublished() || permissions.canEdit(a))
                .orElseThrow(() -> new NotFoundException("Artikel nicht gefunden: " + slug));
        model.addAttribute("article", article);
        model.addAttribute("summary", cities.summary(article));
        model.addAttribute("canEdit", permissions.canEdit(article));
        return "news/article";
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
