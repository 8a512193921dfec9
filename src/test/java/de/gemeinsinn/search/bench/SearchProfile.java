package de.gemeinsinn.search.bench;

import de.gemeinsinn.search.engine.GermanAnalysis;
import de.gemeinsinn.search.engine.LuceneIndex;
import de.gemeinsinn.search.engine.LuceneSearch;
import de.gemeinsinn.search.engine.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Single-threaded engine cost per query, without HTTP or PostgreSQL (not a test): {@code
 * bench/search/profile.sh [docs=100000] [rounds=3]}. Prints the mean and percentiles of one query
 * at a time, so the figure is the CPU a query costs rather than queueing.
 */
public final class SearchProfile {

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        GermanAnalysis analysis = GermanAnalysis.load();
        Path dir = Files.createTempDirectory("gemeinsinn-profile");
        BenchCorpus corpus = new BenchCorpus(Path.of("src/main/resources/demo/gemeinden_de_gv100_2019.csv"));
        List<String> queries = corpus.queries(SearchBenchmark.SEED, 500);
        try (LuceneIndex index = LuceneIndex.open(dir, analysis)) {
            synchronized (index.writeLock()) {
                for (int n = 0; n < size; n++) {
                    index.upsert(corpus.document(SearchBenchmark.SEED, n));
                }
                index.commit(0);
            }
            LuceneSearch search = new LuceneSearch(index, analysis);
            for (String q : queries) {
                search.search(SearchRequest.of(q, 10));
            }
            for (int round = 0; round < rounds; round++) {
                long[] nanos = new long[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    long t0 = System.nanoTime();
                    search.search(SearchRequest.of(queries.get(i), 10));
                    nanos[i] = System.nanoTime() - t0;
                }
                long[] sorted = nanos.clone();
                Arrays.sort(sorted);
                System.out.printf(
                        "%d docs, round %d: mean %.2f ms, p50 %.2f, p95 %.2f, p99 %.2f, max %.2f%n",
                        size,
                        round + 1,
                        Arrays.stream(nanos).average().orElse(0) / 1e6,
                        sorted[sorted.length / 2] / 1e6,
                        sorted[(int) (sorted.length * 0.95)] / 1e6,
                        sorted[(int) (sorted.length * 0.99)] / 1e6,
                        sorted[sorted.length - 1] / 1e6);
            }
            if (args.length > 2) {
                for (int i = 0; i < queries.size(); i++) {
                    long t0 = System.nanoTime();
                    var r = search.search(SearchRequest.of(queries.get(i), 10));
                    System.out.printf(
                            "%.2f ms  %7d hits  %s%n", (System.nanoTime() - t0) / 1e6, r.total(), queries.get(i));
                }
            }
        }
    }
}
