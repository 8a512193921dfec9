package de.gemeinsinn.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.search.SearchDocument;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several words: all must match when that still gives enough hits, otherwise any may. */
class AllWordsMatchingTests {

    LuceneIndex index;
    LuceneSearch search;

    @BeforeEach
    void open() {
        index = new LuceneIndex(new ByteBuffersDirectory(), GermanAnalysisTests.ANALYSIS);
        search = new LuceneSearch(index, GermanAnalysisTests.ANALYSIS);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    void add(String id, String title, String city) {
        index.upsert(new SearchDocument(
                "opportunity",
                id,
                title,
                title + " – Ehrenamtliche gesucht.",
                "/angebote/" + id,
                city,
                city,
                null,
                null,
                null,
                List.of(),
                Instant.now()));
    }

    @Test
    void requiresEveryWordWhenThatFindsEnough() {
        for (int i = 0; i < 12; i++) {
            add("essen-" + i, "Nachhilfe im Stadtteil " + i, "Essen");
            add("bochum-" + i, "Hausaufgabenbetreuung im Stadtteil " + i, "Bochum");
        }
        for (int i = 0; i < 12; i++) {
            add("essen-kultur-" + i, "Theater im Stadtteil " + i, "Essen");
        }
        index.commit(0);
        SearchResult strict = search.search(SearchRequest.of("Stadtteil Hausaufgabenhilfe", 50));
        assertThat(strict.total())
                .as("the theatre documents only say Stadtteil")
                .isEqualTo(24);
        assertThat(strict.hits()).noneMatch(h -> h.id().startsWith("essen-kultur"));
        SearchResult loose = search.search(SearchRequest.of("Theater Hausaufgabenhilfe", 50));
        assertThat(loose.total())
                .as("no document has both, so any word suffices")
                .isEqualTo(36);
    }

    @Test
    void fallsBackToAnyWordWhenFewDocumentsHaveAll() {
        add("a", "Nachhilfe in Essen", "Essen");
        add("b", "Nachhilfe in Bochum", "Bochum");
        add("c", "Theater in Essen", "Essen");
        index.commit(0);
        List<String> ids = search.search(SearchRequest.of("Hausaufgabenhilfe Essen", 10)).hits().stream()
                .map(SearchHit::id)
                .toList();
        assertThat(ids).hasSize(3).startsWith("a");
    }
}
