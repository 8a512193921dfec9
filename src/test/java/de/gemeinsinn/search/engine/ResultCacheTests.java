package de.gemeinsinn.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.search.SearchDocument;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Repeated searches come from the cache, but never outlive a change to the index. */
class ResultCacheTests {

    LuceneIndex index;
    LuceneSearch search;

    @BeforeEach
    void open() {
        index = new LuceneIndex(new ByteBuffersDirectory(), GermanAnalysisTests.ANALYSIS);
        search = new LuceneSearch(index, GermanAnalysisTests.ANALYSIS, 100);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    void add(String id, String title, List<String> audience) {
        index.upsert(new SearchDocument(
                        "opportunity",
                        id,
                        title,
                        title,
                        "/angebote/" + id,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        Instant.now())
                .restrictedTo(audience));
    }

    @Test
    void aCommittedChangeIsVisibleToTheVeryNextSearch() {
        add("1", "Lesepaten für die Grundschule", List.of());
        index.commit(0);
        SearchResult first = search.search(SearchRequest.of("Lesepaten", 10));
        SearchResult again = search.search(SearchRequest.of("Lesepaten", 10));
        assertThat(again.total()).isEqualTo(1);
        assertThat(again.hits()).isSameAs(first.hits()); // served from the cache

        add("2", "Lesepaten im Stadtteilzentrum", List.of());
        index.commit(0);
        assertThat(search.search(SearchRequest.of("Lesepaten", 10)).total()).isEqualTo(2);
    }

    @Test
    void theAudienceIsPartOfTheKey() {
        add("intern", "Protokoll der Lenkungsrunde", List.of("group:a"));
        index.commit(0);
        assertThat(search.search(SearchRequest.of("Lenkungsrunde", 10).forAudience(Set.of("group:a")))
                        .total())
                .isEqualTo(1);
        assertThat(search.search(SearchRequest.of("Lenkungsrunde", 10)).total()).isZero();
        assertThat(search.search(SearchRequest.of("Lenkungsrunde", 10).forAudience(Set.of("group:b")))
                        .total())
                .isZero();
    }

    @Test
    void switchedOffEverySearchRunsAgain() {
        add("1", "Fahrradwerkstatt", List.of());
        index.commit(0);
        search.useResultCache(false);
        SearchResult first = search.search(SearchRequest.of("Fahrradwerkstatt", 10));
        assertThat(search.search(SearchRequest.of("Fahrradwerkstatt", 10)).hits())
                .isNotSameAs(first.hits())
                .isEqualTo(first.hits());
    }
}
