package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feeds: one per public group and one private feed per person behind a secret URL. Only
 * the SHA-256 of the private token is stored; a new token replaces (revokes) the old one.
 */
@Component
class CalendarFeeds {

    static final Duration HISTORY = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final GroupDirectory groups;
    private final MeetingStore meetings;
    private final MeetingCalendars calendars;

    CalendarFeeds(JdbcClient jdbc, GroupDirectory groups, MeetingStore meetings, MeetingCalendars calendars) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.meetings = meetings;
        this.calendars = calendars;
    }

    String groupFeed(GroupRef g) {
        List<Meeting> all = meetings.ofGroups(List.of(g.id()), Instant.now().minus(HISTORY));
        return calendars.feed("Treffen: " + g.name(), all, Map.of(g.id(), g));
    }

    /** All meetings of all the person's groups (cancelled ones with STATUS:CANCELLED). */
    String personalFeed(UUID personId) {
        Map<UUID, GroupRef> mine =
                groups.groupsOf(personId).stream().collect(Collectors.toMap(GroupRef::id, Function.identity()));
        List<Meeting> all = meetings.ofGroups(mine.keySet(), Instant.now().minus(HISTORY));
        // calendar apps poll the same feed every few minutes and it rarely changes: writing 500
        // events costs ~40 ms, comparing the rows we just read costs well under one
        RenderedFeed cached = rendered.get(personId);
        if (cached != null && cached.meetings().equals(all) && cached.groups().equals(mine)) {
            return cached.body();
        }
        String body = calendars.feed("Meine Treffen (Gemeinsinn)", all, mine);
        if (rendered.size() >= RENDERED_FEEDS) {
            rendered.clear();
        }
        rendered.put(personId, new RenderedFeed(all, mine, body));
        return body;
    }

    /** Forgets every written feed (benchmarks measure writing them). */
    void forgetRendered() {
        rendered.clear();
    }

    /** The last feed written for a person and exactly what it was written from. */
    private record RenderedFeed(List<Meeting> meetings, Map<UUID, GroupRef> groups, String body) {}

    private static final int RENDERED_FEEDS = 2_000;

    private final Map<UUID, RenderedFeed> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    boolean hasFeed(UUID personId) {
        return jdbc.sql("SELECT count(*) FROM meetings.calendar_feed WHERE person_id = ?")
                        .param(personId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A new secret token for the person; the previous one stops working. Shown once. */
    @Transactional
    String regenerate(UUID personId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO meetings.calendar_feed (person_id, token_hash) VALUES (?, ?) "
                        + "ON CONFLICT (person_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()")
                .params(personId, hash(token))
                .update();
        return token;
    }

    @Transactional
    void revoke(UUID personId) {
        jdbc.sql("DELETE FROM meetings.calendar_feed WHERE person_id = ?")
                .param(personId)
                .update();
        rendered.remove(personId);
    }

    Optional<UUID> personFor(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT person_id FROM meetings.calendar_feed WHERE token_hash = ?")
                .param(hash(token))
                .query(UUID.class)
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
