package de.gemeinsinn.search.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The German analysis chains. All share tokenising, lower-casing, Snowball stopwords, umlaut/ß
 * folding ({@code ä→a}, {@code ae→a}, {@code ß→ss}) and light stemming, so that "Bürger",
 * "Buerger" and "Burger" meet. On top of that:
 *
 * <ul>
 *   <li>{@link #exact()} – nothing more; for title, text and tags;
 *   <li>{@link #compound()} – splits compounds with hyphenation patterns plus a dictionary of
 *       compound parts, keeping the whole word ("ehrenamtsbörse" → ehrenamtsbors, ehr, amt,
 *       bors), so a search for "Börse" finds the "Ehrenamtsbörse". Only the longest dictionary
 *       part per hyphenation point, no parts inside parts and no overlaps: short noise such as
 *       "ren" or "auf" would otherwise match unrelated words;
 *   <li>{@link #exactQuery()} – the curated synonyms, applied at query time only, so the synonym
 *       list can change without reindexing;
 *   <li>{@link #spelling()} – only lower-cased words, the vocabulary for "meinten Sie" and
 *       autocomplete.
 * </ul>
 *
 * Loading the hyphenation patterns takes a moment, so one instance is shared and thread-safe.
 */
public final class GermanAnalysis {

    static final String RESOURCES = "/search/";
    static final int MIN_COMPOUND_LENGTH = 7;
    static final int MIN_PART_LENGTH = 3;
    static final int MAX_PART_LENGTH = 15;

    private final HyphenationTree hyphenation;
    private final CharArraySet compoundParts;
    private final CharArraySet stopwords;
    private final SynonymMap synonyms;
    private final Analyzer exact;
    private final Analyzer compound;
    private final Analyzer exactQuery;
    private final Analyzer spelling;

    private GermanAnalysis() throws IOException, ParseException {
        try (InputStream in = resource("hyph-de-1996-lucene.xml")) {
            hyphenation = SafeHyphenationTree.load(in);
        }
        try (Reader r = reader("de-compound-parts-from-hyphen-de.txt")) {
            compoundParts = WordlistLoader.getWordSet(r, "#", new CharArraySet(30_000, true));
        }
        try (Reader r = reader("german_stop_snowball.txt")) {
            stopwords = WordlistLoader.getSnowballWordSet(r);
        }
        exact = chain(false);
        compound = chain(true);
        SolrSynonymParser parser = new SolrSynonymParser(true, true, exact);
        try (Reader r = reader("synonyms-de-engagement.txt")) {
            parser.parse(r);
        }
        synonyms = parser.build();
        exactQuery = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new SynonymGraphFilter(common(source, false), synonyms, true));
            }
        };
        spelling = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    /** Loads the data files from {@code classpath:/search/}. */
    public static GermanAnalysis load() {
        try {
            return new GermanAnalysis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Synonymliste ist fehlerhaft: " + e.getMessage(), e);
        }
    }

    public Analyzer exact() {
        return exact;
    }

    public Analyzer compound() {
        return compound;
    }

    public Analyzer exactQuery() {
        return exactQuery;
    }

    public Analyzer spelling() {
        return spelling;
    }

    /** The analyzer for indexing: per field, as {@link IndexFields} declares. */
    public DelegatingAnalyzerWrapper forIndexing() {
        return new PerFieldAnalyzerWrapper(exact, Map.of(IndexFields.PARTS, compound, IndexFields.SPELL, spelling));
    }

    private Analyzer chain(boolean decompound) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, common(source, decompound));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    private TokenStream common(TokenStream source, boolean decompound) {
        TokenStream ts = new StopFilter(new LowerCaseFilter(source), stopwords);
        if (decompound) {
            ts = new HyphenationCompoundWordTokenFilter(
                    ts,
                    hyphenation,
                    compoundParts,
                    MIN_COMPOUND_LENGTH,
                    MIN_PART_LENGTH,
                    MAX_PART_LENGTH,
                    true,
                    true,
                    true);
        }
        ts = new GermanLightStemFilter(new GermanNormalizationFilter(ts));
        return decompound ? new RemoveDuplicatesTokenFilter(ts) : ts;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = GermanAnalysis.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCES + name);
        }
        return in;
    }

    private static Reader reader(String name) throws IOException {
        return new InputStreamReader(resource(name), StandardCharsets.UTF_8);
    }
}
