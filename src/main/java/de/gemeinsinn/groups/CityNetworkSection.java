package de.gemeinsinn.groups;

import java.util.List;
import java.util.Map;

/**
 * A module's contribution to a city's public network page ({@code /staedte/{slug}/netzwerk}), e.g.
 * what the groups decided and the status of their actions. Public content only: the page is open
 * to everyone. The template fragment is called as {@code section(model)}.
 */
public interface CityNetworkSection {

    /** Position on the page; lower comes first. The list of groups has 100. */
    int order();

    /** Template holding a fragment {@code section(model)}, e.g. {@code meetings/network-section}. */
    String template();

    /**
     * Values the fragment needs; an empty map hides the section.
     *
     * @param citySlug the city
     * @param publicGroups the city's public groups, ordered by name
     */
    Map<String, Object> model(String citySlug, List<GroupRef> publicGroups);
}
