package de.gemeinsinn.network;

import java.util.Map;

/**
 * A module's contribution to a city's profile page ({@code /staedte/{slug}}): its organisations,
 * working groups, events ... without the network module depending on those modules. The template
 * fragment is called as {@code section(model)}.
 */
public interface CityPageSection {

    /** Position on the page; lower comes first. */
    int order();

    /** Template holding a fragment {@code section(model)}, e.g. {@code groups/city-section}. */
    String template();

    /** Values the fragment needs for this city; an empty map hides the section. */
    Map<String, Object> model(String citySlug);
}
