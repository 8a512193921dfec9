package de.gemeinsinn.events;

import java.time.Instant;
import java.util.List;

/**
 * Which events to list; null fields do not filter.
 *
 * @param regionCities slugs of the member cities of {@code regionCode}, so that a region's list
 *     also shows its cities' events
 */
record EventFilter(
        Instant from,
        Instant to,
        String regionCode,
        List<String> regionCities,
        String citySlug,
        boolean networkOnly,
        boolean descending) {

    EventFilter {
        regionCities = regionCities == null ? List.of() : List.copyOf(regionCities);
    }

    static EventFilter upcoming(Instant now) {
        return new EventFilter(now, null, null, List.of(), null, false, false);
    }
}
