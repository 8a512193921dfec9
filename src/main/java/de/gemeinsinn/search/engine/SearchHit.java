package de.gemeinsinn.search.engine;

/**
 * One hit.
 *
 * @param snippet HTML: the escaped text with matches wrapped in {@code <mark>}, nothing else
 * @param city city slug, or null
 * @param cityName display name of the city, or null
 * @param distanceKm distance from the requested point, or null without a point
 */
public record SearchHit(
        String type,
        String id,
        String title,
        String snippet,
        String url,
        float score,
        String city,
        String cityName,
        Double distanceKm) {}
