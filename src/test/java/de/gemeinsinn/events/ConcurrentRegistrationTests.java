package de.gemeinsinn.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.support.GemeinsinnTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hundreds of people register over HTTP at the same moment: never more confirmed than seats or
 * quota, nobody lost, and the order is first come, first served.
 */
@GemeinsinnTest
class ConcurrentRegistrationTests {

    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    /** "status" in a 201, "registrationStatus" in the 409 problem for an address already registered. */
    static final Pattern STATUS = Pattern.compile("\"(?:registrationStatus|status)\":\"([A-Z]+)\"");

    static final Pattern POSITION = Pattern.compile("\"waitlistPosition\":(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    EventService events;

    @Autowired
    JdbcClient jdbc;

    record Result(int n, long sentNanos, long receivedNanos, int http, UUID id, String status, Integer position) {}

    List<Result> fire(UUID eventId, int count, int threads, java.util.function.IntFunction<String> city)
            throws Exception {
        return fire(eventId, count, threads, city, n -> "p" + n);
    }

    List<Result> fire(
            UUID eventId,
            int count,
            int threads,
            java.util.function.IntFunction<String> city,
            java.util.function.IntFunction<String> mailbox)
            throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Result>> futures = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                String c = city.apply(n);
                String body = "{\"name\":\"Person " + n + "\",\"email\":\"" + mailbox.apply(n) + "-" + run
                        + "@example.org\",\"citySlug\":" + (c == null ? "null" : "\"" + c + "\"")
                        + ",\"organisation\":\"Verein\",\"consent\":true}";
                HttpRequest req = HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/events/" + eventId + "/registrations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                start.await();
                long sent = System.nanoTime();
                HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
                long received = System.nanoTime();
                return new Result(
                        n,
                        sent,
                        received,
                        res.statusCode(),
                        group(ID, res.body()) == null ? null : UUID.fromString(group(ID, res.body())),
                        group(STATUS, res.body()),
                        group(POSITION, res.body()) == null ? null : Integer.valueOf(group(POSITION, res.body())));
            }));
        }
        start.countDown();
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        return results;
    }

    static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    Map<UUID, Long> queueNumbers(UUID eventId) {
        Map<UUID, Long> q = new HashMap<>();
        jdbc.sql("SELECT id, queue_no FROM events.registration WHERE event_id = ?")
                .param(eventId)
                .query((rs, i) -> q.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list();
        return q;
    }

    @Test
    void fiveHundredAtOnceForFiftySeats() throws Exception {
        Event event = EventTestSupport.openEvent(events, "Ansturm", 50, null, null);
        List<Result> results = fire(event.id(), 500, 100, n -> "bottrop");

        assertThat(results).allSatisfy(r -> assertThat(r.http()).isEqualTo(201));
        assertThat(results.stream().filter(r -> "CONFIRMED".equals(r.status()))).hasSize(50);
        assertThat(results.stream().filter(r -> "WAITLISTED".equals(r.status())))
                .hasSize(450);
        // the database agrees: nothing pending, nothing lost, nothing doubled
        assertThat(jdbc.sql("SELECT status, count(*) FROM events.registration WHERE event_id = ? GROUP BY status")
                        .param(event.id())
                        .query((rs, i) -> rs.getString(1) + "=" + rs.getInt(2))
                        .list())
                .containsExactlyInAnyOrder("CONFIRMED=50", "WAITLISTED=450");

        Map<UUID, Long> queue = queueNumbers(event.id());
        List<Result> byQueue = results.stream()
                .sorted(Comparator.comparingLong(r -> queue.get(r.id())))
                .toList();
        // first come, first served: the 50 earliest have the seats, the others wait in order 1..450
        assertThat(byQueue.subList(0, 50)).allMatch(r -> "CONFIRMED".equals(r.status()));
        for (int i = 50; i < 500; i++) {
            assertThat(byQueue.get(i).status()).isEqualTo("WAITLISTED");
            assertThat(byQueue.get(i).position()).isEqualTo(i - 49);
        }
        // and that order respects real time: whoever had an answer before another person even
        // sent their request is ahead of them
        for (Result a : results) {
            for (Result b : results) {
                if (a.receivedNanos() < b.sentNanos()) {
                    assertThat(queue.get(a.id()))
                            .as("%s answered before %s was sent", a.n(), b.n())
                            .isLessThan(queue.get(b.id()));
                }
            }
        }
    }

    @Test
    void perCityQuotaHoldsUnderLoad() throws Exception {
        String[] cities = {"bottrop", "bocholt", "gladbeck", "bielefeld"};
        Event event = EventTestSupport.openEvent(events, "Kontingent", 10, 3, null);
        List<Result> results = fire(event.id(), 120, 40, n -> cities[n % cities.length]);

        assertThat(results).allSatisfy(r -> assertThat(r.http()).isEqualTo(201));
        List<String> perCity = jdbc.sql(
                        "SELECT city_slug, count(*) FROM events.registration WHERE event_id = ? AND status = 'CONFIRMED' GROUP BY city_slug ORDER BY city_slug")
                .param(event.id())
                .query((rs, i) -> rs.getString(1) + "=" + rs.getInt(2))
                .list();
        // four cities at most three each: 10 seats, but only 4 × 3 = 12 allowed, so 10 filled, max 3 per city
        assertThat(jdbc.sql("SELECT count(*) FROM events.registration WHERE event_id = ? AND status = 'CONFIRMED'")
                        .param(event.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(10);
        assertThat(perCity)
                .allSatisfy(s -> assertThat(Integer.parseInt(s.substring(s.indexOf('=') + 1)))
                        .isLessThanOrEqualTo(3));
        assertThat(results.stream().filter(r -> "WAITLISTED".equals(r.status())))
                .hasSize(110);
    }

    @Test
    void theSameAddressAtOnceIsBookedOnce() throws Exception {
        Event event = EventTestSupport.openEvent(events, "Doppelt", 5, null, null);
        // 60 requests from 12 addresses, each sent five times in the same instant (double clicks,
        // a form sent from two devices): 12 registrations, every other answer 409 with the same id
        List<Result> results = fire(event.id(), 60, 60, n -> "bottrop", n -> "Doppelt" + (n % 12));

        assertThat(results.stream().filter(r -> r.http() == 201)).hasSize(12);
        assertThat(results.stream().filter(r -> r.http() == 409)).hasSize(48);
        assertThat(jdbc.sql("SELECT status, count(*) FROM events.registration WHERE event_id = ? GROUP BY status")
                        .param(event.id())
                        .query((rs, i) -> rs.getString(1) + "=" + rs.getInt(2))
                        .list())
                .containsExactlyInAnyOrder("CONFIRMED=5", "WAITLISTED=7");
        for (int k = 0; k < 12; k++) {
            int mailbox = k;
            List<Result> same =
                    results.stream().filter(r -> r.n() % 12 == mailbox).toList();
            Result booked =
                    same.stream().filter(r -> r.http() == 201).findFirst().orElseThrow();
            // the others are told the status of that one registration
            assertThat(same).extracting(Result::status).containsOnly(booked.status());
        }
    }
}
