package de.gemeinsinn.organisations;

import de.gemeinsinn.network.CityPageSection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The city profile lists the city's approved organisations (the first twelve) and links to all. */
@Component
class OrganisationsCityPageSection implements CityPageSection {

    static final int SHOWN = 12;

    private final Organisations organisations;

    OrganisationsCityPageSection(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "organisations/city-section";
    }

    @Override
    public Map<String, Object> model(String citySlug) {
        List<Organisation> all = organisations.ofCity(citySlug, OrganisationStatus.APPROVED);
        return Map.of(
                "citySlug", citySlug,
                "organisations", all.stream().limit(SHOWN).toList(),
                "total", all.size());
    }
}
