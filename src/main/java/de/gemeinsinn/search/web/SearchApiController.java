package de.gemeinsinn.search.web;

import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.web.ApiController;
import de.gemeinsinn.search.engine.LuceneSearch;
import de.gemeinsinn.search.engine.SearchRequest;
import de.gemeinsinn.search.engine.SearchResult;
import de.gemeinsinn.search.index.IndexRebuilder;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** JSON search: {@code GET /api/v1/search}, autocomplete and the admin rebuild. */
@ApiController("/api/v1/search")
class SearchApiController {

    static final int SUGGESTIONS = 8;

    private final LuceneSearch search;
    private final IndexRebuilder rebuilder;
    private final Access access;
    private final AudienceKeys audience;

    SearchApiController(LuceneSearch search, IndexRebuilder rebuilder, Access access, AudienceKeys audience) {
        this.search = search;
        this.rebuilder = rebuilder;
        this.access = access;
        this.audience = audience;
    }

    @GetMapping
    SearchResult search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lon,
            @RequestParam(required = false) Double km,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return search.search(audience.apply(new SearchRequest(q, type, city, region, lat, lon, km, limit, offset)));
    }

    /** Completions of the last word, e.g. {@code "Hausauf"} → {@code "hausaufgabenhilfe"}. */
    @GetMapping("/suggest")
    Map<String, Object> suggest(@RequestParam(defaultValue = "") String q) {
        if (q.length() > 100) {
            throw new IllegalArgumentException("Die Eingabe darf höchstens 100 Zeichen lang sein.");
        }
        List<String> suggestions = search.suggest(q, SUGGESTIONS);
        return Map.of("query", q, "suggestions", suggestions);
    }

    /** Rebuilds this instance's index from PostgreSQL; network admins only. */
    @PostMapping("/rebuild")
    Map<String, Object> rebuild() {
        access.requireNetworkAdmin();
        return Map.of("indexed", rebuilder.rebuild());
    }
}
