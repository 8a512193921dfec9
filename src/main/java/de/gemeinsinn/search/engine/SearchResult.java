package de.gemeinsinn.search.engine;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param facets per dimension ({@code type}, {@code city}, {@code region}) the values with their
 *     counts among all matches, most frequent first
 * @param didYouMean a corrected query when some words are unknown to the index, else null
 */
public record SearchResult(
        String query,
        long total,
        long tookMs,
        List<SearchHit> hits,
        Map<String, Map<String, Long>> facets,
        String didYouMean) {}
