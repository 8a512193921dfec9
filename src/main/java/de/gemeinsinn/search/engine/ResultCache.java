package de.gemeinsinn.search.engine;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Results of repeated searches for one index generation, like Elasticsearch's request cache:
 * popular queries ("Senioren", "Hausaufgabenhilfe") come again and again, and while the index
 * does not change their answer does not either. A new searcher (any committed change) starts an
 * empty generation, so a cached answer is never stale. Bounded: when full it starts over.
 */
final class ResultCache {

    private record Generation(
            IndexSearcher searcher, long version, ConcurrentHashMap<SearchRequest, SearchResult> results) {}

    private final int capacity;
    private volatile Generation current;

    ResultCache(int capacity) {
        this.capacity = capacity;
    }

    SearchResult get(IndexSearcher searcher, SearchRequest request) {
        Generation g = current;
        return g == null || g.searcher() != searcher ? null : g.results().get(request);
    }

    void put(IndexSearcher searcher, SearchRequest request, SearchResult result) {
        if (capacity <= 0) {
            return;
        }
        Generation g = current;
        if (g == null || g.searcher() != searcher) {
            long version = version(searcher.getIndexReader());
            if (g != null && version < g.version()) {
                return; // a search that started before the last refresh: don't roll back
            }
            g = new Generation(searcher, version, new ConcurrentHashMap<>());
            current = g;
        }
        if (g.results().size() >= capacity) {
            g.results().clear();
        }
        g.results().put(request, result);
    }

    void clear() {
        current = null;
    }

    private static long version(IndexReader reader) {
        return reader instanceof DirectoryReader d ? d.getVersion() : 0;
    }
}
