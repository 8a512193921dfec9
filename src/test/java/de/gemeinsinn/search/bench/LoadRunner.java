package de.gemeinsinn.search.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Runs a fixed query mix from N concurrent clients for a fixed time and reports latencies. */
final class LoadRunner {

    interface Client {
        /** Executes one query; throws on any error (which aborts the run). */
        void query(String q) throws Exception;
    }

    record Result(String name, long requests, double seconds, double p50, double p95, double p99) {
        double throughput() {
            return requests / seconds;
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.1f | %.1f | %.1f |",
                    name,
                    requests,
                    throughput(),
                    p50,
                    p95,
                    p99);
        }
    }

    static Result run(String name, List<String> queries, int clients, double seconds, Client client) throws Exception {
        AtomicLong next = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] lat = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String q = queries.get((int) (next.getAndIncrement() % queries.size()));
                        long t0 = System.nanoTime();
                        client.query(q);
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = System.nanoTime() - t0;
                    }
                    return Arrays.copyOf(lat, n);
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> f : futures) {
                long[] part = f.get();
                long[] merged = Arrays.copyOf(all, all.length + part.length);
                System.arraycopy(part, 0, merged, all.length, part.length);
                all = merged;
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            Arrays.sort(all);
            return new Result(name, all.length, elapsed, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
