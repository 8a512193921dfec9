package de.gemeinsinn.search.engine;

import static de.gemeinsinn.search.engine.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;

/**
 * Answers {@link SearchRequest}s against a {@link LuceneIndex}: relevance (BM25) or, for a
 * point without words, distance order; filters; facets; highlighted snippets; "meinten Sie".
 * Needs no Spring, so the relevance tests run it on a plain directory.
 */
public final class LuceneSearch {

    static final int SNIPPET_LENGTH = 10_000;

    /**
     * With a distance sort, ranking stops counting exactly after this many hits; total and facets
     * then come from a separate pass. Text searches rank, count and facet in one exhaustive pass
     * (measured faster than block-max WAND plus a second pass, see docs/benchmarks.md).
     */
    static final int TOP_HITS_THRESHOLD = 1_000;

    /**
     * Several words first must all match (each with synonyms, parts, typos); only when that
     * finds fewer hits than this does any single word suffice. Precise for "Hausaufgabenhilfe
     * Essen" in a large index, forgiving in a small one, and far fewer documents to rank.
     */
    static final int MIN_STRICT_HITS = 10;

    private final LuceneIndex index;
    private final GermanAnalysis analysis;
    private final QueryFactory queries;
    private final Facets facets = new Facets();
    private final Spelling spelling;
    private final ResultCache cache;
    private volatile boolean cacheEnabled;

    public LuceneSearch(LuceneIndex index, GermanAnalysis analysis) {
        this(index, analysis, 0);
    }

    /**
     * @param cachedResults how many results of repeated searches to keep per index generation (0:
     *     none)
     */
    public LuceneSearch(LuceneIndex index, GermanAnalysis analysis, int cachedResults) {
        this.index = index;
        this.analysis = analysis;
        this.queries = new QueryFactory(analysis);
        this.spelling = new Spelling(analysis);
        this.cache = new ResultCache(cachedResults);
        this.cacheEnabled = cachedResults > 0;
    }

    /** Turns the result cache on or off at run time (benchmarks compare both). */
    public void useResultCache(boolean enabled) {
        cacheEnabled = enabled;
        cache.clear();
    }

    public SearchResult search(SearchRequest request) {
        long started = System.nanoTime();
        try {
            IndexSearcher searcher = index.acquire();
            try {
                if (!cacheEnabled) {
                    return run(searcher, request, started);
                }
                SearchResult cached = cache.get(searcher, request);
                if (cached != null) {
                    return new SearchResult(
                            cached.query(),
                            cached.total(),
                            millisSince(started),
                            cached.hits(),
                            cached.facets(),
                            cached.didYouMean());
                }
                SearchResult result = run(searcher, request, started);
                cache.put(searcher, request, result);
                return result;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code max} completions of the last word, most frequent first. */
    public List<String> suggest(String prefix, int max) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return spelling.complete(searcher.getIndexReader(), prefix, max);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Display names for city slugs, e.g. for facet labels; unknown slugs map to themselves. */
    public Map<String, String> cityNames(Collection<String> slugs) {
        Map<String, String> names = new LinkedHashMap<>();
        try {
            IndexSearcher searcher = index.acquire();
            try {
                for (String slug : slugs) {
                    TopDocs top = searcher.search(new TermQuery(new Term(CITY, slug)), 1);
                    String name = top.scoreDocs.length == 0
                            ? null
                            : searcher.storedFields()
                                    .document(top.scoreDocs[0].doc)
                                    .get(CITY_NAME);
                    names.put(slug, name == null ? slug : name);
                }
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest r, long started) throws IOException {
        QueryFactory.Built words = r.q().isEmpty() ? null : queries.build(r.q(), searcher.getIndexReader());
        if (!r.q().isEmpty() && words == null) {
            return new SearchResult(r.q(), 0, millisSince(started), List.of(), Map.of(), null);
        }
        // rewrite once: typo (fuzzy) terms build Levenshtein automata on every rewrite, and the
        // query runs up to three times (strict matches, ranking, loose matches)
        Query scoring = words == null ? new MatchAllDocsQuery() : searcher.rewrite(words.scoring());
        Query query = filtered(scoring, r);
        FacetsCollector matches = null;
        if (words != null && words.allWords() != null) {
            Query strict = filtered(
                    new BooleanQuery.Builder()
                            .add(scoring, Occur.MUST)
                            .add(searcher.rewrite(words.allWords()), Occur.FILTER)
                            .build(),
                    r);
            // one pass decides strict or loose and, when strict, already holds total and facets
            FacetsCollector strictMatches =
                    searcher.search(new ConstantScoreQuery(strict), new FacetsCollectorManager());
            if (totalOf(strictMatches) >= MIN_STRICT_HITS) {
                query = strict;
                matches = strictMatches;
            }
        }
        Sort sort = words == null && r.hasPoint()
                ? new Sort(LatLonDocValuesField.newDistanceSort(GEO, r.lat(), r.lon()))
                : null;
        int wanted = r.offset() + r.limit();
        TopDocs top;
        if (sort == null && matches == null) {
            // ranking, total and facets in one exhaustive pass
            Object[] both = searcher.search(
                    query,
                    new MultiCollectorManager(
                            new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE),
                            new FacetsCollectorManager()));
            top = (TopDocs) both[0];
            matches = (FacetsCollector) both[1];
        } else {
            top = sort == null
                    ? searcher.search(query, new TopScoreDocCollectorManager(wanted, null, TOP_HITS_THRESHOLD))
                    : searcher.search(query, wanted, sort);
            if (matches == null) {
                matches = searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
            }
        }
        long total = totalOf(matches);
        ScoreDoc[] page = top.scoreDocs.length <= r.offset()
                ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, r.offset(), top.scoreDocs.length);
        String[] snippets = snippets(searcher, words, page);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(searcher.storedFields().document(page[i].doc), page[i], snippets[i], r));
        }
        String didYouMean = r.q().isEmpty() ? null : spelling.didYouMean(searcher.getIndexReader(), r.q());
        return new SearchResult(
                r.q(), total, millisSince(started), hits, facets.count(searcher.getIndexReader(), matches), didYouMean);
    }

    private static long totalOf(FacetsCollector matches) {
        return matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    }

    private static Query filtered(Query main, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.MUST);
        if (r.type() != null) {
            b.add(new TermQuery(new Term(TYPE, r.type())), Occur.FILTER);
        }
        if (r.city() != null) {
            b.add(new TermQuery(new Term(CITY, r.city())), Occur.FILTER);
        }
        if (r.region() != null) {
            b.add(new TermQuery(new Term(REGION, r.region())), Occur.FILTER);
        }
        if (r.km() != null) {
            b.add(LatLonPoint.newDistanceQuery(GEO, r.lat(), r.lon(), r.km() * 1000), Occur.FILTER);
        }
        if (!r.seesEverything()) {
            List<BytesRef> keys = new ArrayList<>();
            keys.add(new BytesRef(PUBLIC));
            r.audience().forEach(k -> keys.add(new BytesRef(k)));
            b.add(new TermInSetQuery(AUDIENCE, keys), Occur.FILTER);
        }
        return b.build();
    }

    private String[] snippets(IndexSearcher searcher, QueryFactory.Built words, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analysis.exact())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(SNIPPET_LENGTH)
                .build();
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        Query highlightQuery = words == null ? new MatchAllDocsQuery() : words.forHighlighting(searcher);
        return highlighter.highlight(TEXT, highlightQuery, pageDocs, 2);
    }

    private static SearchHit hit(Document doc, ScoreDoc scoreDoc, String snippet, SearchRequest r) {
        Double distance = null;
        IndexableField lat = doc.getField(LAT);
        IndexableField lon = doc.getField(LON);
        if (r.hasPoint() && lat != null && lon != null) {
            double meters = SloppyMath.haversinMeters(
                    r.lat(),
                    r.lon(),
                    lat.numericValue().doubleValue(),
                    lon.numericValue().doubleValue());
            distance = Math.round(meters / 100.0) / 10.0;
        }
        return new SearchHit(
                doc.get(TYPE),
                doc.get(ID),
                doc.get(TITLE),
                snippet == null ? "" : snippet,
                doc.get(URL),
                Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score,
                doc.get(CITY),
                doc.get(CITY_NAME),
                distance);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
