package de.gemeinsinn.platform.web;

import java.util.Map;

/**
 * A module's contribution to the start page, so that the platform shows news, cities and later
 * events without depending on those modules. The template fragment is called as {@code
 * section(model)}.
 */
public interface HomeSection {

    /** Position on the page; lower comes first. */
    int order();

    /** Template holding a fragment {@code section(model)}, e.g. {@code news/home-section}. */
    String template();

    /** Values the fragment needs; read once per page view. */
    Map<String, Object> model();
}
