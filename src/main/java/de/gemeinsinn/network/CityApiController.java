package de.gemeinsinn.network;

import de.gemeinsinn.network.CityViews.CityListItem;
import de.gemeinsinn.network.CityViews.CityProfile;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.web.ApiController;
import de.gemeinsinn.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public read API of the network directory. */
@ApiController("/api/v1/cities")
@Tag(name = "Städte", description = "Mitgliedsstädte des Netzwerks")
class CityApiController {

    record CitySummary(
            String slug,
            String name,
            String region,
            String state,
            Integer population,
            double lat,
            double lon,
            Integer memberSince,
            String url) {}

    record Office(String name, String email, String phone) {}

    record Quartier(String name, String stadtbezirk) {}

    record CityDetail(
            String slug,
            String name,
            String officialName,
            String ags,
            String region,
            String state,
            String stateName,
            Integer population,
            double lat,
            double lon,
            Integer memberSince,
            String profile,
            Office coordinationOffice,
            List<String> focusTopics,
            List<Quartier> quartiere,
            String url) {}

    private final CityQueries queries;
    private final String baseUrl;

    CityApiController(CityQueries queries, GemeinsinnProperties properties) {
        this.queries = queries;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping
    @Operation(summary = "Alle Mitgliedsstädte, optional nach Region (Slug) und Bundesland (Kürzel) gefiltert")
    List<CitySummary> list(
            @Parameter(description = "Region, z. B. west") @RequestParam(required = false) String region,
            @Parameter(description = "Bundesland-Kürzel, z. B. NW") @RequestParam(required = false) String state) {
        return queries.list(new CityFilter(region, state, null)).stream()
                .map(this::summary)
                .toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Profil einer Mitgliedsstadt mit Koordinierungsstelle, Schwerpunkten und Quartieren")
    CityDetail detail(@PathVariable String slug) {
        CityProfile c = queries.profile(slug)
                .orElseThrow(() -> new NotFoundException("Die Stadt „" + slug + "“ gehört nicht zum Netzwerk."));
        return new CityDetail(
                c.slug(),
                c.name(),
                c.officialName(),
                c.ags(),
                c.region(),
                c.state(),
                c.stateName(),
                c.population(),
                c.lat(),
                c.lon(),
                c.memberSince(),
                c.profile(),
                new Office(c.officeName(), c.officeEmail(), c.officePhone()),
                c.focusTopics(),
                c.quartiere().stream()
                        .map(q -> new Quartier(q.name(), q.district()))
                        .toList(),
                url(c.slug()));
    }

    private CitySummary summary(CityListItem c) {
        return new CitySummary(
                c.slug(),
                c.name(),
                c.region(),
                c.state(),
                c.population(),
                c.lat(),
                c.lon(),
                c.memberSince(),
                url(c.slug()));
    }

    private String url(String slug) {
        return baseUrl + "/staedte/" + slug;
    }
}
