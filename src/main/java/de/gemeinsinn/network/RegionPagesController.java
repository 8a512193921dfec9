package de.gemeinsinn.network;

import de.gemeinsinn.network.CityViews.RegionSummary;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The five regions and their member cities. */
@Controller
class RegionPagesController {

    private final CityQueries queries;

    RegionPagesController(CityQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/regionen")
    String regions(Model model) {
        model.addAttribute("regions", queries.regions());
        return "network/regions";
    }

    @GetMapping("/regionen/{slug}")
    String region(@PathVariable String slug, Model model) {
        RegionSummary region = queries.region(slug).orElseThrow(() -> new NotFoundException("Region " + slug));
        model.addAttribute("region", region);
        model.addAttribute("cities", queries.list(new CityFilter(slug, null, null)));
        model.addAttribute(
                "participants",
                "west".equals(slug) ? queries.meetingParticipants(DemoNetworkData.MEETING_WEST_2024) : List.of());
        return "network/region";
    }
}
