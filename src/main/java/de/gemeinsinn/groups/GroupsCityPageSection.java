package de.gemeinsinn.groups;

import de.gemeinsinn.network.CityPageSection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The city profile lists the city's public working groups and links to its network page. */
@Component
class GroupsCityPageSection implements CityPageSection {

    private final GroupStore store;

    GroupsCityPageSection(GroupStore store) {
        this.store = store;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "groups/city-section";
    }

    @Override
    public Map<String, Object> model(String citySlug) {
        List<Group> groups =
                store.ofCity(citySlug).stream().filter(Group::isPublic).toList();
        return Map.of("citySlug", citySlug, "groups", groups);
    }
}
