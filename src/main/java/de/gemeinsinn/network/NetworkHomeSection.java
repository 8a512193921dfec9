package de.gemeinsinn.network;

import de.gemeinsinn.platform.web.HomeSection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The network in one sentence on the start page: how many cities in which regions. */
@Component
class NetworkHomeSection implements HomeSection {

    private final CityDirectory cities;

    NetworkHomeSection(CityDirectory cities) {
        this.cities = cities;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "network/home-section";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("cityCount", cities.all().size(), "regions", cities.regions());
    }
}
