package de.gemeinsinn.network;

/** What other modules need to know about a member city. */
public record CityRef(String slug, String name, String state, String region, double lat, double lon) {}
