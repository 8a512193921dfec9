package de.gemeinsinn.search.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.gemeinsinn.GemeinsinnApplication;
import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.engine.LuceneIndex;
import de.gemeinsinn.search.engine.LuceneSearch;
import de.gemeinsinn.search.engine.SearchRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lucene (through {@code GET /api/v1/search} of the running app) against PostgreSQL full-text
 * search ({@code german} config, GIN index, {@code websearch_to_tsquery} + {@code ts_rank}) on
 * the same generated documents, with the same query mix and the same number of clients.
 *
 * <p>Not a test: run {@code bench/search/run.sh [sizes] [seconds] [clients]}.
 */
public final class SearchBenchmark {

    static final long SEED = 20260425L;

    public static void main(String[] args) throws Exception {
        int[] sizes = java.util.Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        Path dataDir = Files.createTempDirectory("gemeinsinn-bench");
        ConfigurableApplicationContext app = SpringApplication.run(
                GemeinsinnApplication.class,
                "--server.port=0",
                "--gemeinsinn.embedded-postgres.ephemeral=true",
                "--gemeinsinn.demo-data=false",
                "--gemeinsinn.data-dir=" + dataDir,
                "--logging.level.root=warn",
                "--spring.main.banner-mode=off");
        try {
            run(app, sizes, seconds, clients);
        } finally {
            app.close();
        }
    }

    static void run(ConfigurableApplicationContext app, int[] sizes, double seconds, int clients) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        LuceneIndex index = app.getBean(LuceneIndex.class);
        LuceneSearch engine = app.getBean(LuceneSearch.class);
        EmbeddedPostgres pg = app.getBean(EmbeddedPostgres.class);
        BenchCorpus corpus = new BenchCorpus(Path.of("src/main/resources/demo/gemeinden_de_gv100_2019.csv"));
        List<String> queries = corpus.queries(SEED, 500);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(clients);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> report = new ArrayList<>();
        try (HikariDataSource db = new HikariDataSource(config)) {
            createTable(db);
            int loaded = 0;
            for (int size : sizes) {
                long t0 = System.nanoTime();
                load(corpus, index, db, loaded, size);
                double loadSeconds = (System.nanoTime() - t0) / 1e9;
                loaded = size;
                LoadRunner.Client lucene = q -> {
                    HttpResponse<String> res = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search?limit=10&q="
                                            + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() != 200) {
                        throw new IllegalStateException(res.statusCode() + " " + res.body());
                    }
                };
                boolean wrk = WrkRunner.available();
                LoadRunner.Client postgres = q -> pgQuery(db, q);
                LoadRunner.Client inProcess = q -> engine.search(SearchRequest.of(q, 10));
                LoadRunner.run("warm-up", queries, clients, Math.min(5, seconds / 2), lucene);
                LoadRunner.run("warm-up", queries, clients, Math.min(5, seconds / 2), postgres);
                // first without the result cache: every request does the full work
                engine.useResultCache(false);
                LoadRunner.Result l = wrk
                        ? WrkRunner.run(
                                "Lucene via HTTP API, result cache off, " + size, port, queries, clients, seconds)
                        : LoadRunner.run(
                                "Lucene via HTTP API, result cache off, " + size, queries, clients, seconds, lucene);
                LoadRunner.Result p = LoadRunner.run("PostgreSQL FTS, " + size, queries, clients, seconds, postgres);
                LoadRunner.Result e = LoadRunner.run(
                        "Lucene in-process (no HTTP), result cache off, " + size, queries, clients, seconds, inProcess);
                // then as configured in production: repeated queries of the mix come from the cache
                engine.useResultCache(true);
                LoadRunner.Result c = wrk
                        ? WrkRunner.run(
                                "Lucene via HTTP API, result cache on (default), " + size,
                                port,
                                queries,
                                clients,
                                seconds)
                        : LoadRunner.run(
                                "Lucene via HTTP API, result cache on (default), " + size,
                                queries,
                                clients,
                                seconds,
                                lucene);
                // the same again, now that every query of the mix has been answered once: the
                // steady state of a running server whose popular searches are in the cache
                LoadRunner.Result w = wrk
                        ? WrkRunner.run(
                                "Lucene via HTTP API, result cache on, warm (steady state), " + size,
                                port,
                                queries,
                                clients,
                                seconds)
                        : LoadRunner.run(
                                "Lucene via HTTP API, result cache on, warm (steady state), " + size,
                                queries,
                                clients,
                                seconds,
                                lucene);
                System.gc();
                long heapMb = (Runtime.getRuntime().totalMemory()
                                - Runtime.getRuntime().freeMemory())
                        >> 20;
                report.add(l.row());
                report.add(p.row());
                report.add(e.row());
                report.add(c.row());
                report.add(w.row());
                report.add(String.format(
                        Locale.ROOT,
                        "| sizes at %d docs: Lucene index %.1f MB, PostgreSQL table+GIN %.1f MB, JVM heap used %d MB, JVM RSS %d MB, load %.0f s; Lucene/PG throughput ×%.2f cache off, ×%.2f cache on |",
                        size,
                        index.sizeInBytes() / 1e6,
                        pgSize(db) / 1e6,
                        heapMb,
                        rssMb(),
                        loadSeconds,
                        l.throughput() / p.throughput(),
                        c.throughput() / p.throughput()));
                System.out.println(String.join("\n", report.subList(report.size() - 6, report.size())));
            }
        }
        System.out.println("\n| run | requests | req/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|");
        report.forEach(System.out::println);
        System.out.println(WrkRunner.describe() + ", clients=" + clients + " seconds=" + seconds + " cpus="
                + Runtime.getRuntime().availableProcessors() + " jvm="
                + ManagementFactory.getRuntimeMXBean().getVmVersion());
    }

    static void createTable(HikariDataSource db) throws Exception {
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("""
                    CREATE SCHEMA IF NOT EXISTS bench;
                    CREATE TABLE bench.docs (
                      id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, city TEXT,
                      tsv tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', body), 'B')) STORED);
                    CREATE INDEX docs_tsv_idx ON bench.docs USING GIN (tsv);
                    """);
        }
    }

    static void load(BenchCorpus corpus, LuceneIndex index, HikariDataSource db, int from, int to) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("INSERT INTO bench.docs (id, title, body, city) VALUES (?, ?, ?, ?)")) {
            synchronized (index.writeLock()) {
                for (int n = from; n < to; n++) {
                    SearchDocument d = corpus.document(SEED, n);
                    index.upsert(d);
                    ps.setString(1, d.id());
                    ps.setString(2, d.title());
                    ps.setString(3, d.text());
                    ps.setString(4, d.cityName());
                    ps.addBatch();
                    if (n % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
                index.commit(index.lastOutboxId().orElse(0));
            }
            c.createStatement().execute("VACUUM ANALYZE bench.docs");
        }
    }

    static void pgQuery(HikariDataSource db, String q) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        SELECT id, title, ts_rank(tsv, query) AS rank
                        FROM bench.docs, websearch_to_tsquery('german', ?) query
                        WHERE tsv @@ query ORDER BY rank DESC LIMIT 10""")) {
            ps.setString(1, q);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
    }

    static long pgSize(HikariDataSource db) throws Exception {
        try (Connection c = db.getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT pg_total_relation_size('bench.docs')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
            }
        }
        return -1;
    }
}
