package de.gemeinsinn.search.web;

import de.gemeinsinn.search.engine.LuceneSearch;
import de.gemeinsinn.search.engine.SearchRequest;
import de.gemeinsinn.search.engine.SearchResult;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Jetzt suchen": the HTML results page, usable without JavaScript. */
@Controller
class SearchPageController {

    static final int PAGE_SIZE = 10;

    private final LuceneSearch search;
    private final AudienceKeys audience;

    SearchPageController(LuceneSearch search, AudienceKeys audience) {
        this.search = search;
        this.audience = audience;
    }

    @GetMapping("/suche")
    String results(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        int pageNumber = parsePage(page);
        model.addAttribute("q", q.strip());
        model.addAttribute("type", type);
        model.addAttribute("city", city);
        model.addAttribute("region", region);
        model.addAttribute("page", pageNumber);
        try {
            SearchRequest request =
                    new SearchRequest(q, type, city, region, null, null, null, PAGE_SIZE, (pageNumber - 1) * PAGE_SIZE);
            boolean asked = !request.q().isEmpty() || type != null || city != null || region != null;
            if (asked) {
                SearchResult result = search.search(audience.apply(request));
                model.addAttribute("result", result);
                model.addAttribute("pages", (int) Math.min(Math.ceil(result.total() / (double) PAGE_SIZE), 1_000));
                model.addAttribute(
                        "cityNames",
                        search.cityNames(
                                result.facets().getOrDefault("city", Map.of()).keySet()));
            }
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "search/results";
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(page.strip()), 1_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
