package de.gemeinsinn.search.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts type, city and region among all matches with sorted-set doc values. The reader state
 * (global ordinals) is built once per searcher generation and cached.
 */
final class Facets {

    static final int MAX_VALUES = 50;

    private final FacetsConfig config = new FacetsConfig();
    private volatile CachedState cached;

    private record CachedState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    Map<String, Map<String, Long>> count(IndexReader reader, FacetsCollector matches) throws IOException {
        SortedSetDocValuesReaderState state = state(reader);
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        if (state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matches);
        for (String dim : DocumentMapper.FACET_DIMENSIONS) {
            Map<String, Long> values = new LinkedHashMap<>();
            FacetResult result = state.getOrdRange(dim) == null ? null : counts.getTopChildren(MAX_VALUES, dim);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.put(lv.label, lv.value.longValue());
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        CachedState current = cached;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        if (reader.numDocs() == 0) {
            return null;
        }
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        cached = new CachedState(reader, state);
        return state;
    }
}
