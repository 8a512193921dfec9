package de.gemeinsinn.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only code that gives seats. Runs under a PostgreSQL advisory lock per event, so across
 * all instances one transaction at a time allocates an event's seats (ADR 0020): waiting-list
 * people first (FIFO, respecting the per-city quota), then every pending registration in arrival
 * order, each getting the next queue number.
 */
@Component
class Allocation {

    /** Namespace of our advisory locks (first int of the two-int form). */
    static final int LOCK_CLASS = 0x4556_4e54; // "EVNT"

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Map<UUID, ReentrantLock> localLocks = new ConcurrentHashMap<>();

    Allocation(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Takes the event's allocation lock until the current transaction ends. */
    void lock(UUID eventId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?::text))")
                .params(LOCK_CLASS, eventId.toString())
                .query((rs, n) -> 1)
                .list();
    }

    /**
     * Allocates unless the registration was allocated meanwhile by someone else's batch. Within
     * one instance only one thread per event goes to the database lock (the others wait here,
     * without holding a connection, and usually find their registration allocated by that
     * thread's batch); across instances the advisory lock serialises.
     */
    void allocateFor(UUID eventId, UUID registrationId) {
        if (!isPending(registrationId)) {
            return; // cheap path: someone else's batch already took ours
        }
        ReentrantLock local = localLocks.computeIfAbsent(eventId, k -> new ReentrantLock(true));
        local.lock();
        try {
            if (!isPending(registrationId)) {
                return;
            }
            tx.executeWithoutResult(status -> {
                lock(eventId);
                allocateLocked(eventId);
            });
        } finally {
            local.unlock();
        }
    }

    /** For sweeps and edits: allocates everything of the event that can move. */
    void allocate(UUID eventId) {
        tx.executeWithoutResult(status -> {
            lock(eventId);
            allocateLocked(eventId);
        });
    }

    private boolean isPending(UUID registrationId) {
        return jdbc.sql("SELECT count(*) FROM events.registration WHERE id = ? AND status = 'PENDING'")
                        .param(registrationId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Caller holds {@link #lock(UUID)} in the current transaction. */
    int allocateLocked(UUID eventId) {
        var event = jdbc.sql(
                        "SELECT capacity, per_city_quota, (ends_at < now() OR status = 'CANCELLED') FROM events.event WHERE id = ?")
                .param(eventId)
                .query((rs, n) ->
                        new int[] {rs.getInt(1), rs.getObject(2) == null ? -1 : rs.getInt(2), rs.getBoolean(3) ? 1 : 0})
                .optional();
        if (event.isEmpty()) {
            return 0;
        }
        int capacity = event.get()[0];
        int quota = event.get()[1];
        Map<String, Integer> perCity = new HashMap<>();
        int[] confirmed = {0};
        jdbc.sql(
                        "SELECT coalesce(city_slug, ''), count(*) FROM events.registration WHERE event_id = ? AND status = 'CONFIRMED' GROUP BY 1")
                .param(eventId)
                .query((rs, n) -> {
                    perCity.put(rs.getString(1), rs.getInt(2));
                    confirmed[0] += rs.getInt(2);
                    return 1;
                })
                .list();

        List<Candidate> waiting = jdbc.sql(
                        "SELECT id, coalesce(city_slug, '') FROM events.registration WHERE event_id = ? AND status = 'WAITLISTED' ORDER BY queue_no")
                .param(eventId)
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        List<UUID> promoted = new ArrayList<>();
        // after the event (or once it is cancelled) nobody moves up any more
        boolean closed = event.get()[2] == 1;
        for (Candidate c : closed ? List.<Candidate>of() : waiting) {
            if (confirmed[0] >= capacity) {
                break;
            }
            if (fits(c, perCity, quota)) {
                promoted.add(c.id());
                perCity.merge(c.city(), 1, Integer::sum);
                confirmed[0]++;
            }
        }

        List<Candidate> pending = jdbc.sql(
                        "SELECT id, coalesce(city_slug, '') FROM events.registration WHERE event_id = ? AND status = 'PENDING' ORDER BY created_at, id")
                .param(eventId)
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        List<Long> numbers = pending.isEmpty()
                ? List.of()
                : jdbc.sql("SELECT nextval('events.queue_seq') FROM generate_series(1, ?) ORDER BY 1")
                        .param(pending.size())
                        .query(Long.class)
                        .list();
        UUID[] ids = new UUID[pending.size()];
        String[] statuses = new String[pending.size()];
        Long[] queue = new Long[pending.size()];
        for (int i = 0; i < pending.size(); i++) {
            Candidate c = pending.get(i);
            ids[i] = c.id();
            queue[i] = numbers.get(i);
            if (confirmed[0] < capacity && fits(c, perCity, quota)) {
                statuses[i] = "CONFIRMED";
                perCity.merge(c.city(), 1, Integer::sum);
                confirmed[0]++;
            } else {
                statuses[i] = "WAITLISTED";
            }
        }
        if (ids.length > 0) {
            jdbc.sql("""
                            UPDATE events.registration r
                               SET status = v.status, queue_no = v.queue_no, allocated_at = now(), updated_at = now()
                              FROM unnest(?::uuid[], ?::text[], ?::bigint[]) AS v(id, status, queue_no)
                             WHERE r.id = v.id AND r.status = 'PENDING'
                            """).params(ids, statuses, queue).update();
        }
        for (UUID id : promoted) {
            jdbc.sql(
                            "UPDATE events.registration SET status = 'CONFIRMED', allocated_at = now(), updated_at = now() WHERE id = ? AND status = 'WAITLISTED'")
                    .param(id)
                    .update();
            notifyPromoted(id);
        }
        return ids.length + promoted.size();
    }

    /** The promotion mail carries a fresh personal link (the old one stays valid). */
    private void notifyPromoted(UUID registrationId) {
        String token = Tokens.newManageToken();
        jdbc.sql(
                        "INSERT INTO events.registration_token (token_hash, registration_id, kind) VALUES (?, ?, 'MANAGE'), (?, ?, 'CHECKIN')")
                .params(Tokens.hash(token), registrationId, Tokens.hash(Tokens.checkInToken(token)), registrationId)
                .update();
        jdbc.sql("INSERT INTO events.notification (registration_id, kind, manage_token) VALUES (?, 'PROMOTED', ?)")
                .params(registrationId, token)
                .update();
    }

    private static boolean fits(Candidate c, Map<String, Integer> perCity, int quota) {
        return quota < 0 || c.city().isEmpty() || perCity.getOrDefault(c.city(), 0) < quota;
    }

    private record Candidate(UUID id, String city) {}
}
