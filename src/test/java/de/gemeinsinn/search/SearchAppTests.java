package de.gemeinsinn.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.search.engine.GermanAnalysis;
import de.gemeinsinn.search.engine.LuceneIndex;
import de.gemeinsinn.search.engine.LuceneSearch;
import de.gemeinsinn.search.engine.SearchRequest;
import de.gemeinsinn.search.index.OutboxTailer;
import de.gemeinsinn.support.GemeinsinnTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The outbox path end to end: a change committed in PostgreSQL becomes searchable everywhere. */
@GemeinsinnTest
class SearchAppTests {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    GermanAnalysis analysis;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static SearchDocument opportunity(String id, String title, String text) {
        return new SearchDocument(
                "opportunity",
                id,
                title,
                text,
                "/angebote/" + id,
                "bottrop",
                "Bottrop",
                "West",
                51.52,
                6.93,
                List.of("Bildung"),
                Instant.now());
    }

    static void await(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", within).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    String searchJson(String q) {
        try {
            return get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void upsertThroughTheOutboxIsSearchableWithinFiveSecondsAndDeleteRemovesIt() throws Exception {
        String id = "zebra-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> indexer.upsert(opportunity(
                id,
                "Lesepaten für die Zebrastreifenschule",
                "Wir suchen Lesepatinnen und Lesepaten für die Zebrastreifenschule in Bottrop-Eigen.")));
        await(() -> searchJson("Zebrastreifenschule").contains(id), Duration.ofSeconds(5));
        String body = searchJson("Zebrastreifenschule");
        assertThat(body).contains("\"total\":1").contains("<mark>").contains("\"facets\"");

        tx.executeWithoutResult(s -> indexer.delete("opportunity", id));
        await(() -> !searchJson("Zebrastreifenschule").contains(id), Duration.ofSeconds(5));
    }

    @Test
    void rolledBackChangesNeverReachTheIndex() throws Exception {
        String id = "rollback-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            indexer.upsert(opportunity(id, "Quallenzählung am Stausee", "Nie sichtbar."));
            s.setRollbackOnly();
        });
        Thread.sleep(1500);
        assertThat(searchJson("Quallenzählung")).doesNotContain(id);
    }

    @Test
    void aSecondInstanceOnTheSameDatabaseConvergesWithinFiveSeconds(@TempDir Path dir) throws Exception {
        try (LuceneIndex second = LuceneIndex.open(dir, analysis)) {
            long position = jdbc.sql("SELECT coalesce(max(id), 0) FROM search.outbox")
                    .query(Long.class)
                    .single();
            second.commit(position);
            OutboxTailer secondTailer = new OutboxTailer(jdbc, json, second);
            LuceneSearch secondSearch = new LuceneSearch(second, analysis);
            String id = "konvergenz-" + UUID.randomUUID();
            tx.executeWithoutResult(s -> indexer.upsert(opportunity(
                    id, "Fahrradwerkstatt im Kettenquartier", "Gemeinsam reparieren wir Kettenschaltungen.")));
            await(
                    () -> {
                        secondTailer.poll();
                        return secondSearch
                                                .search(SearchRequest.of("Kettenquartier", 5))
                                                .total()
                                        == 1
                                && searchJson("Kettenquartier").contains(id);
                    },
                    Duration.ofSeconds(5));
        }
    }

    @Test
    void aChangeCommittedAfterALaterOneIsNotSkipped(@TempDir Path dir) throws Exception {
        try (LuceneIndex own = LuceneIndex.open(dir, analysis)) {
            own.commit(jdbc.sql("SELECT coalesce(max(id), 0) FROM search.outbox")
                    .query(Long.class)
                    .single());
            OutboxTailer tailer = new OutboxTailer(jdbc, json, own);
            LuceneSearch ownSearch = new LuceneSearch(own, analysis);
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread slow = new Thread(() -> tx.executeWithoutResult(s -> {
                indexer.upsert(opportunity("langsam-" + UUID.randomUUID(), "Schneckenpost", "Langsame Transaktion."));
                inserted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            slow.start();
            inserted.await();
            tx.executeWithoutResult(
                    s -> indexer.upsert(opportunity("schnell-" + UUID.randomUUID(), "Eilbote", "Schnell.")));
            tailer.poll();
            assertThat(ownSearch.search(SearchRequest.of("Eilbote", 5)).total()).isEqualTo(1);
            assertThat(ownSearch.search(SearchRequest.of("Schneckenpost", 5)).total())
                    .isZero();
            release.countDown();
            slow.join();
            tailer.poll();
            assertThat(ownSearch.search(SearchRequest.of("Schneckenpost", 5)).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void badParametersGiveGermanProblemJson() throws Exception {
        for (String query : List.of("limit=500", "offset=-1", "lat=51.5", "km=5", "lat=abc&lon=6")) {
            HttpResponse<String> res = get("/api/v1/search?q=x&" + query);
            assertThat(res.statusCode()).as(query).isEqualTo(400);
            assertThat(res.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(res.body()).contains("\"detail\"").containsAnyOf("muss", "gehören", "braucht", "Format");
        }
    }

    @Test
    void rebuildNeedsANetworkAdmin() throws Exception {
        HttpResponse<String> res = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search/rebuild"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isIn(401, 403);
    }

    @Test
    void resultsPageRendersForEveryoneWithHighlightsAndFacets() throws Exception {
        String id = "seite-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> indexer.upsert(opportunity(
                id,
                "Vorlesen im Kakaduweg",
                "Ältere Menschen <script>freuen</script> sich im Kakaduweg über Vorleserinnen.")));
        await(() -> searchJson("Kakaduweg").contains(id), Duration.ofSeconds(5));
        HttpResponse<String> page = get("/suche?q=Kakaduweg");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Jetzt suchen</h1>")
                .contains("<mark>Kakaduweg</mark>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>freuen")
                .contains("Bottrop");
        assertThat(get("/suche").statusCode()).isEqualTo(200);
        assertThat(get("/suche?q=x&page=abc").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/search/suggest?q=Kakad").body()).contains("kakaduweg");
    }
}
