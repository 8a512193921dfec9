package de.gemeinsinn.search.engine;

import static de.gemeinsinn.search.engine.IndexFields.SPELL;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * "Meinten Sie …?" and autocomplete, both from the words actually in the index (the {@code
 * spell} field), so suggestions always lead to hits.
 */
final class Spelling {

    /** Terms looked at per completion request; bounds the cost on a large vocabulary. */
    static final int MAX_SCANNED = 5_000;

    private final GermanAnalysis analysis;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Spelling(GermanAnalysis analysis) {
        this.analysis = analysis;
        checker.setMinQueryLength(4);
    }

    /**
     * The query with each unknown word replaced by its closest indexed word; null if all words are
     * known.
     */
    String didYouMean(IndexReader reader, String q) throws IOException {
        List<String> words = QueryFactory.terms(analysis.spelling(), SPELL, q);
        List<String> corrected = new ArrayList<>(words.size());
        boolean changed = false;
        for (String word : words) {
            Term term = new Term(SPELL, word);
            SuggestWord[] best = reader.docFreq(term) > 0 || knownAfterFolding(reader, word)
                    ? new SuggestWord[0]
                    : checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (best.length > 0) {
                corrected.add(best[0].string);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }

    /**
     * "Buergerbeteiligung" is not misspelt: folded and stemmed it is an indexed word, and the
     * search already finds it. Skipping it also saves the costly fuzzy scan of the vocabulary.
     */
    private boolean knownAfterFolding(IndexReader reader, String word) throws IOException {
        for (String term : QueryFactory.terms(analysis.exact(), IndexFields.TEXT, word)) {
            if (reader.docFreq(new Term(IndexFields.TEXT, term)) > 0
                    || reader.docFreq(new Term(IndexFields.TITLE, term)) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Completes the last word of {@code q} with indexed words, the most frequent first. */
    List<String> complete(IndexReader reader, String q, int max) throws IOException {
        List<String> words = QueryFactory.terms(analysis.spelling(), SPELL, q);
        if (words.isEmpty() || q.endsWith(" ")) {
            return List.of();
        }
        String last = words.get(words.size() - 1);
        int at = q.toLowerCase().lastIndexOf(last);
        String head = at <= 0 ? "" : q.substring(0, at).toLowerCase();
        Terms terms = MultiTerms.getTerms(reader, SPELL);
        if (terms == null || last.length() < 2) {
            return List.of();
        }
        BytesRef prefix = new BytesRef(last);
        PriorityQueue<TermCount> best = new PriorityQueue<>(Comparator.comparingInt(TermCount::docFreq));
        TermsEnum te = terms.iterator();
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        int scanned = 0;
        for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
            best.add(new TermCount(t.utf8ToString(), te.docFreq()));
            if (best.size() > max) {
                best.poll();
            }
            if (++scanned >= MAX_SCANNED) {
                break;
            }
        }
        List<String> out = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            out.add(0, head + best.poll().term());
        }
        return out;
    }

    private record TermCount(String term, int docFreq) {}
}
