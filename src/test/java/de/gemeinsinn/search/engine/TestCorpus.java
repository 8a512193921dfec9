package de.gemeinsinn.search.engine;

import de.gemeinsinn.search.SearchDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.store.ByteBuffersDirectory;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written German test corpus, loaded into an in-memory index. */
final class TestCorpus {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private TestCorpus() {}

    static List<SearchDocument> documents() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TestCorpus.class.getResourceAsStream("/search/corpus.jsonl")),
                StandardCharsets.UTF_8))) {
            return r.lines()
                    .filter(l -> !l.isBlank())
                    .map(l -> JSON.readValue(l, SearchDocument.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LuceneIndex index(GermanAnalysis analysis) {
        LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory(), analysis);
        documents().forEach(index::upsert);
        index.commit(0);
        return index;
    }
}
