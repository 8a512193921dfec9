package de.gemeinsinn.network;

import de.gemeinsinn.network.CityViews.CityProfile;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public city list with filters and map, and the city profiles. */
@Controller
class CityPagesController {

    record RenderedSection(String template, Map<String, Object> model) {}

    private final CityQueries queries;
    private final Access access;
    private final List<CityPageSection> sections;

    CityPagesController(CityQueries queries, Access access, List<CityPageSection> sections) {
        this.queries = queries;
        this.access = access;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CityPageSection::order))
                .toList();
    }

    @GetMapping("/staedte")
    String list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String size,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CityFilter filter = new CityFilter(region, state, size);
        model.addAttribute("filter", filter);
        model.addAttribute("cities", queries.list(filter));
        model.addAttribute("regions", queries.regions());
        model.addAttribute("states", List.of(State.values()));
        model.addAttribute("sizes", List.of(SizeClass.values()));
        return htmx != null ? "network/cities :: results" : "network/cities";
    }

    @GetMapping("/staedte/{slug}")
    String profile(@PathVariable String slug, Model model) {
        CityProfile city = queries.profile(slug).orElseThrow(() -> new NotFoundException("Stadt " + slug));
        model.addAttribute("city", city);
        model.addAttribute("quartierGroups", CityQueries.grouped(city.quartiere()));
        model.addAttribute("canEdit", access.canManageCity(slug));
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(s -> new RenderedSection(s.template(), s.model(slug)))
                        .filter(s -> !s.model().isEmpty())
                        .toList());
        return "network/city";
    }
}
