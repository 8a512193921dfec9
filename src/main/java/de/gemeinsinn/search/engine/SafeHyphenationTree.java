package de.gemeinsinn.search.engine;

import java.io.IOException;
import java.io.InputStream;
import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

/**
 * Lucene's hyphenation tree with the shipped German patterns fails for about one word in twenty
 * ("setzt", "tablet", "strassenfest") with an {@link ArrayIndexOutOfBoundsException} deep in its
 * pattern table. Such a word is simply not split, instead of failing the whole document.
 */
final class SafeHyphenationTree extends HyphenationTree {

    static SafeHyphenationTree load(InputStream patterns) {
        SafeHyphenationTree tree = new SafeHyphenationTree();
        try {
            tree.loadPatterns(new InputSource(patterns));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tree;
    }

    @Override
    public Hyphenation hyphenate(char[] w, int offset, int len, int remainCharCount, int pushCharCount) {
        try {
            return super.hyphenate(w, offset, len, remainCharCount, pushCharCount);
        } catch (ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }
}
