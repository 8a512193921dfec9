package de.gemeinsinn.network;

import java.util.List;

/** Read models of the network pages and API (no behaviour). */
final class CityViews {

    private CityViews() {}

    record CityListItem(
            String slug,
            String name,
            String state,
            String stateName,
            String region,
            String regionSlug,
            Integer population,
            double lat,
            double lon,
            Integer memberSince) {}

    record QuartierItem(String district, String name) {}

    record CityProfile(
            String slug,
            String name,
            String officialName,
            String ags,
            String state,
            String stateName,
            String region,
            String regionSlug,
            Integer population,
            double lat,
            double lon,
            Integer memberSince,
            String profile,
            String officeName,
            String officeEmail,
            String officePhone,
            List<String> focusTopics,
            int version,
            List<QuartierItem> quartiere) {

        CityProfile withQuartiere(List<QuartierItem> q) {
            return new CityProfile(
                    slug,
                    name,
                    officialName,
                    ags,
                    state,
                    stateName,
                    region,
                    regionSlug,
                    population,
                    lat,
                    lon,
                    memberSince,
                    profile,
                    officeName,
                    officeEmail,
                    officePhone,
                    focusTopics,
                    version,
                    List.copyOf(q));
        }
    }

    record RegionSummary(String slug, String name, int cityCount) {}

    /** Quartiere grouped by Stadtbezirk, in order; {@code district} is null for ungrouped ones. */
    record QuartierGroup(String district, List<String> names) {}
}
