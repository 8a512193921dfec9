package de.gemeinsinn.groups;

import java.util.List;
import java.util.UUID;

/**
 * The demo working groups (only with {@code gemeinsinn.demo-data=true}), with fixed ids and slugs
 * so that other modules can seed content for them after {@link GroupsDemoDataReady}. Paula
 * Beispiel (paula.beispiel@example.org) leads {@link #QUARTIERE}; Erika Mustermann coordinates
 * Bottrop; see docs/demo-accounts.md for the members.
 */
public final class DemoGroups {

    /** One demo group: id, slug, city (null = network level) and visibility. */
    public record Demo(UUID id, String slug, String citySlug, GroupVisibility visibility) {}

    public static final String CITY = "bottrop";

    /** AG Quartiere Bottrop: the Quartier approach across the city (public, by request). */
    public static final Demo QUARTIERE = demo(1, "ag-quartiere-bottrop", CITY, GroupVisibility.PUBLIC);

    /** Quartiersgruppe Batenbrock und Boy (Bottrop-Süd; public, open). */
    public static final Demo BATENBROCK_BOY = demo(2, "quartier-batenbrock-boy", CITY, GroupVisibility.PUBLIC);

    /** Quartiersgruppe Kirchhellen (Bottrop-Kirchhellen; public, open). */
    public static final Demo KIRCHHELLEN = demo(3, "quartier-kirchhellen", CITY, GroupVisibility.PUBLIC);

    /** AG Unternehmen engagieren sich (public, by request). */
    public static final Demo UNTERNEHMEN = demo(4, "ag-unternehmen-engagiert-bottrop", CITY, GroupVisibility.PUBLIC);

    /** AG Bürgerbeteiligung (public, open). */
    public static final Demo BETEILIGUNG = demo(5, "ag-buergerbeteiligung-bottrop", CITY, GroupVisibility.PUBLIC);

    /** AG Demokratie leben (public, by request). */
    public static final Demo DEMOKRATIE = demo(6, "ag-demokratie-bottrop", CITY, GroupVisibility.PUBLIC);

    /** AG Sportvereine und Ehrenamt (public, open). */
    public static final Demo SPORT = demo(7, "ag-sport-ehrenamt-bottrop", CITY, GroupVisibility.PUBLIC);

    /** AG Digitales Engagement (INTERNAL, by invitation): the internal demo group. */
    public static final Demo DIGITAL = demo(8, "ag-digitales-engagement-bottrop", CITY, GroupVisibility.INTERNAL);

    /** Network-level topic group: companies' engagement (public, by request). */
    public static final Demo NETWORK_UNTERNEHMEN =
            demo(101, "netzwerk-unternehmensengagement", null, GroupVisibility.PUBLIC);

    /** Network-level topic group: strengthening democracy (public, by request). */
    public static final Demo NETWORK_DEMOKRATIE =
            demo(102, "netzwerk-demokratie-staerken", null, GroupVisibility.PUBLIC);

    public static final List<Demo> ALL = List.of(
            QUARTIERE,
            BATENBROCK_BOY,
            KIRCHHELLEN,
            UNTERNEHMEN,
            BETEILIGUNG,
            DEMOKRATIE,
            SPORT,
            DIGITAL,
            NETWORK_UNTERNEHMEN,
            NETWORK_DEMOKRATIE);

    private DemoGroups() {}

    private static Demo demo(int n, String slug, String city, GroupVisibility visibility) {
        return new Demo(UUID.fromString(String.format("6a0e5000-0000-4000-8000-%012d", n)), slug, city, visibility);
    }
}
