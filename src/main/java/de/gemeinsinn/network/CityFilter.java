package de.gemeinsinn.network;

/**
 * The filter of the city list, bound from GET parameters. Unknown values are ignored, never an
 * error.
 */
record CityFilter(String region, String state, String size) {

    CityFilter {
        region = blankToNull(region);
        state = State.ofCode(blankToNull(state)).map(State::code).orElse(null);
        size = SizeClass.ofKey(blankToNull(size)).map(SizeClass::getKey).orElse(null);
    }

    static CityFilter none() {
        return new CityFilter(null, null, null);
    }

    boolean isEmpty() {
        return region == null && state == null && size == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
