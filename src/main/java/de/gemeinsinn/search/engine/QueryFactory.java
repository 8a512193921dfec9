package de.gemeinsinn.search.engine;

import static de.gemeinsinn.search.engine.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the relevance query for the words a person typed. Each source of evidence is a SHOULD
 * clause with its own weight, scored with BM25:
 *
 * <ul>
 *   <li>title (×3), tags (×1.5) and text (×1) with the curated synonyms – the main signal;
 *   <li>decompounded parts (×0.5), once with the query's own parts ({@link PartsQuery}) and once
 *       with its synonyms –
 *       "Börse" finds "Ehrenamtsbörse" and "Geflüchtete" finds "Flüchtlingsfamilien", both below
 *       exact matches;
 *   <li>fuzzy title/text (×0.3, one edit from 5 letters, two from 9), only for words the index
 *       does not know – catches typos such as "Hausaufgabehilfe" without letting correct or
 *       short words drift ("Rat" never becomes "Tat"), and keeps common queries cheap.
 * </ul>
 */
final class QueryFactory {

    static final float TITLE_BOOST = 3f;
    static final float TAGS_BOOST = 1.5f;
    static final float PARTS_BOOST = 0.5f;
    static final float FUZZY_BOOST = 0.3f;
    static final int FUZZY_MIN_LENGTH = 5;
    static final int FUZZY_TWO_EDITS_LENGTH = 9;

    private final GermanAnalysis analysis;
    private final QueryBuilder withSynonyms;

    QueryFactory(GermanAnalysis analysis) {
        this.analysis = analysis;
        this.withSynonyms = new QueryBuilder(analysis.exactQuery());
    }

    /**
     * The scoring query for ranking and the text-field part of it for highlighting.
     *
     * @param scoring all clauses, for ranking
     * @param text only the clauses on the text field, for snippets
     */
    record Built(Query scoring, Query text, Query allWords) {

        /** {@link #text()} with fuzzy terms expanded to the words they matched: fast to highlight. */
        Query forHighlighting(IndexSearcher searcher) throws IOException {
            return searcher.rewrite(text);
        }
    }

    /** The query for the typed words, or null when nothing searchable is left (only stopwords). */
    Built build(String words, IndexReader reader) throws IOException {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        Query scoring = evidence(words, reader, text);
        return scoring == null ? null : new Built(scoring, text.build(), allWords(words, reader));
    }

    /**
     * A filter that requires every typed word (each with its synonyms, parts and typo variants);
     * null for a single word or when a synonym spans several words ("ältere Menschen"), where
     * requiring each word would lose the synonym's matches.
     */
    private Query allWords(String words, IndexReader reader) throws IOException {
        List<String> raw = terms(analysis.spelling(), SPELL, words).stream()
                .filter(w -> !analysedTerms(w).isEmpty())
                .toList();
        if (raw.size() < 2 || spansWords(words)) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : raw) {
            Query evidence = evidence(word, reader, null);
            if (evidence != null) {
                all.add(evidence, BooleanClause.Occur.MUST);
            }
        }
        return all.build();
    }

    /** Every source of evidence for {@code words} as SHOULD clauses; text-field clauses also go to {@code text}. */
    private Query evidence(String words, IndexReader reader, BooleanQuery.Builder text) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Query textClause = withSynonyms.createBooleanQuery(TEXT, words);
        add(query, withSynonyms.createBooleanQuery(TITLE, words), TITLE_BOOST);
        add(query, withSynonyms.createBooleanQuery(TAGS, words), TAGS_BOOST);
        add(query, textClause, 1f);
        add(text, textClause, 1f);
        add(query, PartsQuery.build(analysis.compound(), words), PARTS_BOOST);
        add(query, withSynonyms.createBooleanQuery(PARTS, words), PARTS_BOOST);
        for (String term : analysedTerms(words)) {
            if (term.length() >= FUZZY_MIN_LENGTH && unknown(reader, term)) {
                int edits = term.length() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
                Query fuzzyText = new FuzzyQuery(new Term(TEXT, term), edits, 2);
                add(query, new FuzzyQuery(new Term(TITLE, term), edits, 2), FUZZY_BOOST * TITLE_BOOST);
                add(query, fuzzyText, FUZZY_BOOST);
                add(text, fuzzyText, 1f);
            }
        }
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    private boolean spansWords(String words) {
        try (TokenStream ts = analysis.exactQuery().tokenStream(TEXT, words)) {
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            boolean spans = false;
            while (ts.incrementToken()) {
                spans |= length.getPositionLength() > 1;
            }
            ts.end();
            return spans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean unknown(IndexReader reader, String term) throws IOException {
        return reader.docFreq(new Term(TEXT, term)) == 0 && reader.docFreq(new Term(TITLE, term)) == 0;
    }

    private static void add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause != null && query != null) {
            query.add(boost == 1f ? clause : new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** The words as the index sees them (stemmed, folded), without synonyms. */
    List<String> analysedTerms(String words) {
        return terms(analysis.exact(), TEXT, words);
    }

    static List<String> terms(Analyzer analyzer, String field, String words) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, words)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }
}
