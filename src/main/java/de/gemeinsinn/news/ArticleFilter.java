package de.gemeinsinn.news;

/**
 * What the public list and the API filter by; null means "any".
 *
 * @param city city slug, or {@code "netzwerk"} for articles of the network office
 */
record ArticleFilter(String tag, String city, String region) {

    static final String NETWORK = "netzwerk";

    static ArticleFilter none() {
        return new ArticleFilter(null, null, null);
    }

    ArticleFilter {
        tag = blankToNull(tag);
        city = blankToNull(city);
        region = blankToNull(region);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
