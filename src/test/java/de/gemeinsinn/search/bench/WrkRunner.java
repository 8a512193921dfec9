package de.gemeinsinn.search.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load with {@code wrk} (C, epoll; Debian package {@code wrk}) instead of Java's HttpClient:
 * the client then costs the two shared cores far less, so the figures show the server. Each of
 * the N connections sends the fixed query mix in turn, one request at a time (closed loop, like
 * {@link LoadRunner}); latencies come from wrk's own histogram.
 */
final class WrkRunner {

    private static final Pattern LINE = Pattern.compile(
            "WRK requests=(\\d+) seconds=([0-9.]+) p50=([0-9.]+) p95=([0-9.]+) p99=([0-9.]+) errors=(\\d+)");

    private WrkRunner() {}

    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            p.waitFor(5, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static LoadRunner.Result run(String name, int port, List<String> queries, int clients, double seconds)
            throws Exception {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String q : queries) {
            lua.append("  \"/api/v1/search?limit=10&q=")
                    .append(URLEncoder.encode(q, StandardCharsets.UTF_8))
                    .append("\",\n");
        }
        lua.append("""
                }
                local counter = 0
                local threads = {}
                function setup(thread)
                  counter = counter + 1
                  thread:set("start", counter * 97)
                  table.insert(threads, thread)
                end
                local i = 0
                function init(args) i = start end
                function request()
                  i = i % #paths + 1
                  return wrk.format("GET", paths[i])
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("WRK requests=%d seconds=%.3f p50=%.3f p95=%.3f p99=%.3f errors=%d\\n",
                    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
                    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
                    e.connect + e.read + e.write + e.status + e.timeout))
                end
                """);
        Path script = Files.createTempFile("gemeinsinn-wrk", ".lua");
        Files.writeString(script, lua);
        try {
            Process p = new ProcessBuilder(
                            "wrk",
                            "-t2",
                            "-c" + clients,
                            "-d" + Math.max(1, Math.round(seconds)) + "s",
                            "--timeout",
                            "10s",
                            "-s",
                            script.toString(),
                            "http://127.0.0.1:" + port)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = LINE.matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("wrk gave no figures:\n" + out);
            }
            if (Long.parseLong(m.group(6)) > 0) {
                throw new IllegalStateException("wrk saw " + m.group(6) + " failed requests:\n" + out);
            }
            return new LoadRunner.Result(
                    name + " (wrk)",
                    Long.parseLong(m.group(1)),
                    Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)),
                    Double.parseDouble(m.group(5)));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    static String describe() {
        return String.format(Locale.ROOT, "HTTP load: %s", available() ? "wrk -t2" : "java.net.http.HttpClient");
    }
}
