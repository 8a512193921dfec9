package de.gemeinsinn.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

    /** For sweeps and edits: allocates everything of the event that can move. */
    void allocate(UUID eventId) {
        tx.executeWithoutResult(status -> {
            lock(eventId);
            allocateLocked(eventId);
        });
    }

    /** Seats of one event as the lock holder sees them; changed while allocating. */
    static final class Seats {
        final int capacity;
        final int quota;
        final boolean closed;
        final Map<String, Integer> perCity = new HashMap<>();
        int confirmed;
        int waitlisted;

        Seats(int capacity, int quota, boolean closed) {
            this.capacity = capacity;
            this.quota = quota;
            this.closed = closed;
        }

        /** Takes a seat for someone from this city if one is free (and the city's quota allows). */
        boolean take(String city) {
            if (confirmed >= capacity || !(quota < 0 || city.isEmpty() || perCity.getOrDefault(city, 0) < quota)) {
                return false;
            }
            perCity.merge(city, 1, Integer::sum);
            confirmed++;
            return true;
        }
    }

    /** Caller holds {@link #lock(UUID)}; empty when the event does not exist. */
    Optional<Seats> seats(UUID eventId) {
        Optional<Seats> seats = jdbc.sql(
                        "SELECT capacity, per_city_quota, (ends_at < now() OR status = 'CANCELLED') FROM events.event WHERE id = ?")
                .param(eventId)
                .query((rs, n) ->
                        new Seats(rs.getInt(1), rs.getObject(2) == null ? -1 : rs.getInt(2), rs.getBoolean(3)))
                .optional();
        seats.ifPresent(s -> jdbc.sql("""
                        SELECT coalesce(city_slug, ''), status, count(*) FROM events.registration
                         WHERE event_id = ? AND status IN ('CONFIRMED', 'WAITLISTED') GROUP BY 1, 2
                        """)
                .param(eventId)
                .query((rs, n) -> {
                    if ("CONFIRMED".equals(rs.getString(2))) {
                        s.perCity.merge(rs.getString(1), rs.getInt(3), Integer::sum);
                        s.confirmed += rs.getInt(3);
                    } else {
                        s.waitlisted += rs.getInt(3);
                    }
                    return 1;
                })
                .list());
        return seats;
    }

    /**
     * Caller holds the lock: moves waiting-list people up, in queue order, while seats are free
     * and their city is below its quota, and queues their mails. Returns how many moved up.
     */
    int promote(UUID eventId, Seats seats) {
        // after the event (or once it is cancelled) nobody moves up any more
        if (seats.closed || seats.waitlisted == 0 || seats.confirmed >= seats.capacity) {
            return 0;
        }
        List<Candidate> waiting = jdbc.sql(
                        "SELECT id, coalesce(city_slug, '') FROM events.registration WHERE event_id = ? AND status = 'WAITLISTED' ORDER BY queue_no")
                .param(eventId)
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        List<UUID> promoted = new ArrayList<>();
        for (Candidate c : waiting) {
            if (seats.confirmed >= seats.capacity) {
                break;
            }
            if (seats.take(c.city())) {
                promoted.add(c.id());
            }
        }
        for (UUID id : promoted) {
            jdbc.sql(
                            "UPDATE events.registration SET status = 'CONFIRMED', allocated_at = now(), updated_at = now() WHERE id = ? AND status = 'WAITLISTED'")
                    .param(id)
                    .update();
            notifyPromoted(id);
        }
        seats.waitlisted -= promoted.size();
        return promoted.size();
    }

    /** Caller holds the lock: {@code n} queue numbers in increasing order. */
    List<Long> queueNumbers(int n) {
        return n == 0
                ? List.of()
                : jdbc.sql("SELECT nextval('events.queue_seq') FROM generate_series(1, ?) ORDER BY 1")
                        .param(n)
                        .query(Long.class)
                        .list();
    }

    /** Caller holds {@link #lock(UUID)} in the current transaction. */
    int allocateLocked(UUID eventId) {
        return seats(eventId).map(seats -> allocateLocked(eventId, seats)).orElse(0);
    }

    /** Caller holds the lock and has just read {@code seats}, which this keeps up to date. */
    int allocateLocked(UUID eventId, Seats seats) {
        int promoted = promote(eventId, seats);
        // rows left pending (written before batches allocated in the same transaction, or by an
        // instance that died in between) in the order they were written
        List<Candidate> pending = jdbc.sql(
                        "SELECT id, coalesce(city_slug, '') FROM events.registration WHERE event_id = ? AND status = 'PENDING' ORDER BY created_at, id")
                .param(eventId)
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        List<Long> numbers = queueNumbers(pending.size());
        UUID[] ids = new UUID[pending.size()];
        String[] statuses = new String[pending.size()];
        Long[] queue = new Long[pending.size()];
        for (int i = 0; i < pending.size(); i++) {
            Candidate c = pending.get(i);
            ids[i] = c.id();
            queue[i] = numbers.get(i);
            if (seats.take(c.city())) {
                statuses[i] = "CONFIRMED";
            } else {
                statuses[i] = "WAITLISTED";
                seats.waitlisted++;
            }
        }
        setAllocated(ids, statuses, queue);
        return ids.length + promoted;
    }

    /** Gives pending rows their status and queue number, in one statement. */
    void setAllocated(UUID[] ids, String[] statuses, Long[] queue) {
        if (ids.length > 0) {
            jdbc.sql("""
                            UPDATE events.registration r
                               SET status = v.status, queue_no = v.queue_no, allocated_at = now(), updated_at = now()
                              FROM unnest(?::uuid[], ?::text[], ?::bigint[]) AS v(id, status, queue_no)
                             WHERE r.id = v.id AND r.status = 'PENDING'
                            """).params(ids, statuses, queue).update();
        }
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

    private record Candidate(UUID id, String city) {}
}
