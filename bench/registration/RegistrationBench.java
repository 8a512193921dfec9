import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires N registrations at once at one event of the running app and checks the outcome.
 * Usage: java RegistrationBench.java BASE_URL EVENT_ID N CONCURRENCY
 * Prints one line of key=value figures; exit code 1 when a correctness check fails.
 */
public class RegistrationBench {

    record Result(long sent, long received, int http, String status, Integer position) {}

    static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
    static final Pattern POSITION = Pattern.compile("\"waitlistPosition\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String event = args[1];
        int n = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .executor(Executors.newFixedThreadPool(8))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        String run = Long.toString(System.nanoTime(), 36);
        List<Future<Result>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit(() -> {
                String body = "{\"name\":\"Bench " + k + "\",\"email\":\"bench-" + run + "-" + k
                        + "@example.org\",\"citySlug\":null,\"consent\":true}";
                HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/events/" + event + "/registrations"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                go.await();
                long sent = System.nanoTime();
                HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
                long received = System.nanoTime();
                return new Result(sent, received, res.statusCode(), group(STATUS, res.body()),
                        group(POSITION, res.body()) == null ? null : Integer.valueOf(group(POSITION, res.body())));
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(f.get());
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();

        long[] ms = results.stream().mapToLong(r -> (r.received() - r.sent()) / 1_000).sorted().toArray();
        long ok = results.stream().filter(r -> r.http() == 201).count();
        long confirmed = results.stream().filter(r -> "CONFIRMED".equals(r.status())).count();
        long waitlisted = results.stream().filter(r -> "WAITLISTED".equals(r.status())).count();
        int[] positions = results.stream().filter(r -> r.position() != null).mapToInt(Result::position).sorted().toArray();
        boolean positionsExact = positions.length == waitlisted;
        for (int i = 0; i < positions.length; i++) {
            positionsExact &= positions[i] == i + 1;
        }
        // real-time FIFO: an answer received before another request was sent must be ahead of it
        long violations = 0;
        for (Result a : results) {
            for (Result b : results) {
                if (a.received() < b.sent() && rank(a) >= rank(b) && !(rank(a) == 0 && rank(b) == 0)) {
                    violations++;
                }
            }
        }
        System.out.printf(
                "requests=%d concurrency=%d http201=%d confirmed=%d waitlisted=%d positions1toN=%s fifoViolations=%d"
                        + " p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms wall=%dms throughput=%.0f/s%n",
                n, concurrency, ok, confirmed, waitlisted, positionsExact, violations, pct(ms, 50), pct(ms, 90),
                pct(ms, 99), ms[ms.length - 1] / 1000.0, wall / 1_000_000, n / (wall / 1e9));
        boolean correct = ok == n && positionsExact && violations == 0;
        System.exit(correct ? 0 : 1);
    }

    /** Confirmed people are ahead of everyone waiting; confirmed among themselves are not ranked. */
    static long rank(Result r) {
        if ("CONFIRMED".equals(r.status())) {
            return 0;
        }
        return r.position() == null ? Long.MAX_VALUE : r.position();
    }

    static double pct(long[] sortedMicros, int p) {
        int i = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(i, sortedMicros.length - 1))] / 1000.0;
    }

    static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
