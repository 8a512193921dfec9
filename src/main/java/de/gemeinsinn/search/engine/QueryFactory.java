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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the relevance query for the words a person typed. Each source of evidence is a SHOULD
 * clause with its own weight, scored with BM25:
 *
 * <ul>
 *   <li>title (×3), tags (×1.5) and text (×1) with the curated synonyms – the main signal;
 *   <li>decompounded parts (×0.5), once with the query's own parts and once with its synonyms –
 *       "Börse" finds "Ehrenamtsbörse" and "Geflüchtete" finds "Flüchtlingsfamilien", both below
 *       exact matches;
 *   <li>fuzzy title/text (×0.3, one edit from 5 letters, two from 9) – catches typos such as
 *       "Hausaufgabehilfe" without letting short words drift ("Rat" never becomes "Tat").
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
    private final QueryBuilder decompounding;

    QueryFactory(GermanAnalysis analysis) {
        this.analysis = analysis;
        this.withSynonyms = new QueryBuilder(analysis.exactQuery());
        this.decompounding = new QueryBuilder(analysis.compound());
    }

    /** The query for the typed words, or null when nothing searchable is left (only stopwords). */
    Query build(String words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        add(query, withSynonyms.createBooleanQuery(TITLE, words), TITLE_BOOST);
        add(query, withSynonyms.createBooleanQuery(TAGS, words), TAGS_BOOST);
        add(query, withSynonyms.createBooleanQuery(TEXT, words), 1f);
        add(query, decompounding.createBooleanQuery(PARTS, words), PARTS_BOOST);
        add(query, withSynonyms.createBooleanQuery(PARTS, words), PARTS_BOOST);
        for (String term : analysedTerms(words)) {
            if (term.length() >= FUZZY_MIN_LENGTH) {
                int edits = term.length() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
                add(query, new FuzzyQuery(new Term(TITLE, term), edits, 2), FUZZY_BOOST * TITLE_BOOST);
                add(query, new FuzzyQuery(new Term(TEXT, term), edits, 2), FUZZY_BOOST);
            }
        }
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    private static void add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause != null) {
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
