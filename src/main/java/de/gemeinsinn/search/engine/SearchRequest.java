package de.gemeinsinn.search.engine;

import java.util.Set;

/**
 * A validated search. Invalid combinations are rejected with a German message, which the web
 * layer shows as a 400 problem.
 *
 * @param q the words as typed; blank means "everything" (filtered, facetted, by distance)
 * @param type only this document type, or null
 * @param city only this city slug, or null
 * @param region only this region, or null
 * @param lat latitude of the reference point, or null (then {@code lon} must be null too)
 * @param lon longitude of the reference point
 * @param km only documents within this radius around the point, or null for no radius
 * @param limit hits per page, 1–100
 * @param offset hits to skip, 0–10,000
 * @param audience keys of the person asking (public documents are always included); {@link
 *     #EVERYTHING} for network admins
 */
public record SearchRequest(
        String q,
        String type,
        String city,
        String region,
        Double lat,
        Double lon,
        Double km,
        int limit,
        int offset,
        Set<String> audience) {

    /** The audience key that sees every document. */
    public static final String EVERYTHING = "*";

    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        q = q == null ? "" : q.strip();
        type = blankToNull(type);
        city = blankToNull(city);
        region = blankToNull(region);
        audience = audience == null ? Set.of() : Set.copyOf(audience);
        if (q.length() > 200) {
            throw new IllegalArgumentException("Die Suchanfrage darf höchstens 200 Zeichen lang sein.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("„limit“ muss zwischen 1 und " + MAX_LIMIT + " liegen.");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("„offset“ muss zwischen 0 und " + MAX_OFFSET + " liegen.");
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("„lat“ und „lon“ gehören zusammen: bitte beide angeben.");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("„lat“ muss zwischen -90 und 90, „lon“ zwischen -180 und 180 liegen.");
        }
        if (km != null && lat == null) {
            throw new IllegalArgumentException("„km“ braucht einen Bezugspunkt: bitte auch „lat“ und „lon“ angeben.");
        }
        if (km != null && (km <= 0 || km > 1000)) {
            throw new IllegalArgumentException("„km“ muss größer als 0 und höchstens 1000 sein.");
        }
    }

    /** A search for anonymous visitors: public documents only. */
    public SearchRequest(
            String q,
            String type,
            String city,
            String region,
            Double lat,
            Double lon,
            Double km,
            int limit,
            int offset) {
        this(q, type, city, region, lat, lon, km, limit, offset, Set.of());
    }

    /** The same search on behalf of someone holding these audience keys. */
    public SearchRequest forAudience(Set<String> keys) {
        return new SearchRequest(q, type, city, region, lat, lon, km, limit, offset, keys);
    }

    public boolean seesEverything() {
        return audience.contains(EVERYTHING);
    }

    /** A plain text search with the first {@code limit} hits. */
    public static SearchRequest of(String q, int limit) {
        return new SearchRequest(q, null, null, null, null, null, null, limit, 0);
    }

    public boolean hasPoint() {
        return lat != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
