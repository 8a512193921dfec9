import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
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
 * Usage: java RegistrationBench.java BASE_URL EVENT_ID N CONCURRENCY [MODE]
 * MODE {@code open} (default): the N connections are opened first, as a reverse proxy's keep-alive
 * pool to the app would be, then CONCURRENCY requests are written at once from one thread
 * (non-blocking I/O, so the client hardly uses the cores the app needs), and each answer releases
 * the next request until all N are sent (CONCURRENCY = N: all at once).
 * MODE {@code new}: CONCURRENCY threads of java.net.http.HttpClient, each request on a new
 * connection (connection set-up counts into its latency).
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
        String mode = args.length > 4 ? args[4] : "open";
        List<Result> results = mode.equals("open")
                ? openConnections(URI.create(base), event, n, concurrency)
                : newConnections(base, event, n, concurrency);
        report(results, n, concurrency, mode);
    }

    static String body(String run, int k) {
        return "{\"name\":\"Bench " + k + "\",\"email\":\"bench-" + run + "-" + k
                + "@example.org\",\"citySlug\":null,\"consent\":true}";
    }

    /** All connections first, then all requests at once; one selector thread reads the answers. */
    static List<Result> openConnections(URI base, String event, int n, int concurrency) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
        SocketChannel[] channels = new SocketChannel[n];
        for (int i = 0; i < n; i++) {
            channels[i] = SocketChannel.open(address);
            channels[i].setOption(StandardSocketOptions.TCP_NODELAY, true);
        }
        Thread.sleep(500); // let the server accept them all
        Selector selector = Selector.open();
        long[] sent = new long[n];
        long[] received = new long[n];
        ByteArrayOutputStream[] answers = new ByteArrayOutputStream[n];
        ByteBuffer[] requests = new ByteBuffer[n];
        for (int i = 0; i < n; i++) {
            byte[] json = body(run, i).getBytes(StandardCharsets.UTF_8);
            String head = "POST /api/v1/events/" + event + "/registrations HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + json.length + "\r\n\r\n";
            ByteBuffer b = ByteBuffer.allocate(head.length() + json.length);
            b.put(head.getBytes(StandardCharsets.US_ASCII)).put(json).flip();
            requests[i] = b;
            answers[i] = new ByteArrayOutputStream();
        }
        int next = 0;
        for (; next < Math.min(concurrency, n); next++) {
            send(channels[next], requests[next], selector, next, sent);
        }
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        int open = n;
        while (open > 0) {
            selector.select(1000);
            for (SelectionKey key : selector.selectedKeys()) {
                int i = (Integer) key.attachment();
                buf.clear();
                int r = channels[i].read(buf);
                if (r > 0) {
                    answers[i].write(buf.array(), 0, r);
                } else if (r < 0) {
                    received[i] = System.nanoTime();
                    key.cancel();
                    channels[i].close();
                    open--;
                    if (next < n) {
                        send(channels[next], requests[next], selector, next, sent);
                        next++;
                    }
                }
            }
            selector.selectedKeys().clear();
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = answers[i].toString(StandardCharsets.UTF_8);
            int http = text.length() > 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
            String position = group(POSITION, text);
            results.add(new Result(sent[i], received[i], http, group(STATUS, text),
                    position == null ? null : Integer.valueOf(position)));
        }
        return results;
    }

    static void send(SocketChannel channel, ByteBuffer request, Selector selector, int i, long[] sent)
            throws java.io.IOException {
        sent[i] = System.nanoTime();
        channel.write(request); // a few hundred bytes: fits the socket buffer
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ, i);
    }

    static List<Result> newConnections(String base, String event, int n, int concurrency) throws Exception {
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
                String body = body(run, k);
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
        go.countDown();
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        return results;
    }

    static void report(List<Result> results, int n, int concurrency, String mode) {
        // from the first request sent to the last answer received
        long wall = results.stream().mapToLong(Result::received).max().orElse(0)
                - results.stream().mapToLong(Result::sent).min().orElse(0);

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
                "mode=%s requests=%d concurrency=%d http201=%d confirmed=%d waitlisted=%d positions1toN=%s fifoViolations=%d"
                        + " p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms wall=%dms throughput=%.0f/s%n",
                mode, n, concurrency, ok, confirmed, waitlisted, positionsExact, violations, pct(ms, 50), pct(ms, 90),
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
