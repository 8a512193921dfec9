package de.gemeinsinn.search.engine;

import static de.gemeinsinn.search.engine.IndexFields.PARTS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query on the decompounded field: per typed word, the whole word or all of its parts
 * together. "Ehrenamtsbörse" thus finds "Börse für das Ehrenamt", but not every text that merely
 * says "Amt"; a single recognised part is ignored for the same reason.
 */
final class PartsQuery {

    private PartsQuery() {}

    /** Null when the words contain nothing searchable. */
    static Query build(Analyzer compound, String words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        try (TokenStream ts = compound.tokenStream(PARTS, words)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            String whole = null;
            List<String> parts = new ArrayList<>();
            while (ts.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    addWord(all, whole, parts);
                    whole = term.toString();
                    parts = new ArrayList<>();
                } else {
                    parts.add(term.toString());
                }
            }
            addWord(all, whole, parts);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BooleanQuery query = all.build();
        return query.clauses().isEmpty() ? null : query;
    }

    private static void addWord(BooleanQuery.Builder all, String whole, List<String> parts) {
        if (whole == null) {
            return;
        }
        Query wholeWord = new TermQuery(new Term(PARTS, whole));
        if (parts.size() < 2) {
            all.add(wholeWord, Occur.SHOULD);
            return;
        }
        BooleanQuery.Builder together = new BooleanQuery.Builder();
        parts.forEach(part -> together.add(new TermQuery(new Term(PARTS, part)), Occur.MUST));
        all.add(
                new BooleanQuery.Builder()
                        .add(wholeWord, Occur.SHOULD)
                        .add(together.build(), Occur.SHOULD)
                        .build(),
                Occur.SHOULD);
    }
}
