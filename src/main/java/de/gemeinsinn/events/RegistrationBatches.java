package de.gemeinsinn.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes registrations in batches (ADR 0020): every request puts its registration into the
 * event's queue; one request thread at a time per event takes everything queued so far and
 * writes and allocates it in <em>one</em> transaction under the event's advisory lock. The
 * others wait without a database connection and usually find their registration done when it is
 * their turn. A burst of 1,000 thus becomes a handful of transactions instead of 2,000 – each
 * with a durable commit – and the queue order is the arrival order.
 */
@Component
class RegistrationBatches {

    /** At most this many registrations per transaction (keeps arrays and lock time small). */
    static final int MAX_BATCH = 400;

    private final JdbcClient jdbc;
    private final Allocation allocation;
    private final TransactionTemplate tx;
    private final Map<UUID, EventQueue> queues = new ConcurrentHashMap<>();

    RegistrationBatches(JdbcClient jdbc, Allocation allocation, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.allocation = allocation;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A registration to write; {@code token} is the raw personal-link secret (only its hash is stored). */
    record Entry(UUID id, NewRegistration in, UUID personId, String token, Instant consentedAt) {}

    /** Written and allocated; {@code waitlistPosition} is null for confirmed people. */
    record Placed(Registration registration, Integer waitlistPosition) {}

    private static final class EventQueue {
        final ConcurrentLinkedQueue<Ticket> waiting = new ConcurrentLinkedQueue<>();
        final ReentrantLock writer = new ReentrantLock();
    }

    private static final class Ticket {
        final Entry entry;
        volatile boolean done;
        volatile Placed placed; // null: the address was registered already
        volatile RuntimeException failure;

        Ticket(Entry entry) {
            this.entry = entry;
        }
    }

    /**
     * Writes and allocates; returns null when the address already has a registration for the
     * event (the caller looks it up). Throws what writing this registration threw.
     */
    Placed register(UUID eventId, Entry entry) {
        Ticket ticket = new Ticket(entry);
        EventQueue queue = queues.computeIfAbsent(eventId, k -> new EventQueue());
        queue.waiting.add(ticket);
        while (!ticket.done) {
            queue.writer.lock();
            try {
                if (!ticket.done) {
                    List<Ticket> batch = new ArrayList<>();
                    Ticket t;
                    while (batch.size() < MAX_BATCH && (t = queue.waiting.poll()) != null) {
                        batch.add(t);
                    }
                    write(eventId, batch);
                }
            } finally {
                queue.writer.unlock();
            }
        }
        if (ticket.failure != null) {
            throw ticket.failure;
        }
        return ticket.placed;
    }

    /** One transaction for the batch; if it fails, each registration is tried alone. */
    private void write(UUID eventId, List<Ticket> batch) {
        Map<UUID, Placed> placed;
        try {
            placed = tx.execute(status -> writeLocked(eventId, batch));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).failure = e;
                batch.get(0).done = true;
                return;
            }
            for (Ticket t : batch) {
                write(eventId, List.of(t)); // so one bad registration cannot fail the others
            }
            return;
        }
        for (Ticket t : batch) {
            t.placed = placed.get(t.entry.id());
            t.done = true;
        }
    }

    private Map<UUID, Placed> writeLocked(UUID eventId, List<Ticket> batch) {
        allocation.lock(eventId);
        Allocation.Seats seats = allocation
                .seats(eventId)
                .orElseThrow(() -> new IllegalStateException("Veranstaltung " + eventId + " gibt es nicht mehr"));
        allocation.allocateLocked(eventId, seats); // waiting list first, and anything left pending

        int n = batch.size();
        UUID[] ids = new UUID[n];
        String[] names = new String[n];
        String[] emails = new String[n];
        String[] keys = new String[n];
        String[] cities = new String[n];
        String[] organisations = new String[n];
        String[] needs = new String[n];
        String[] diets = new String[n];
        Boolean[] shown = new Boolean[n];
        String[] consentedAt = new String[n];
        UUID[] people = new UUID[n];
        for (int i = 0; i < n; i++) {
            Entry e = batch.get(i).entry;
            NewRegistration in = e.in();
            ids[i] = e.id();
            names[i] = in.name().trim();
            emails[i] = in.email().trim();
            keys[i] = Registration.emailKey(in.email());
            cities[i] = NewRegistration.blankToNull(in.citySlug());
            organisations[i] =
                    in.organisation() == null ? "" : in.organisation().trim();
            needs[i] = NewRegistration.blankToNull(in.accessibilityNeeds());
            diets[i] = NewRegistration.blankToNull(in.dietaryWishes());
            shown[i] = in.showInList();
            consentedAt[i] = e.consentedAt().toString();
            people[i] = e.personId();
        }
        // in arrival order; a second row for an address (already there, or earlier in this batch) is skipped
        Set<UUID> inserted = new HashSet<>(jdbc.sql("""
                        INSERT INTO events.registration (id, event_id, name, email, email_key, city_slug, organisation,
                            accessibility_needs, dietary_wishes, show_in_list, consent_version, consented_at, person_id,
                            status, created_at)
                        SELECT v.id, ?, v.name, v.email, v.email_key, v.city, v.organisation, v.needs, v.diet, v.shown, ?,
                               v.consented_at, v.person, 'PENDING', clock_timestamp()
                          FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                      ?::boolean[], ?::timestamptz[], ?::uuid[]) WITH ORDINALITY
                               AS v(id, name, email, email_key, city, organisation, needs, diet, shown, consented_at, person, ord)
                         ORDER BY v.ord
                        ON CONFLICT (event_id, email_key) WHERE status <> 'CANCELLED' DO NOTHING
                        RETURNING id
                        """)
                .params(
                        eventId,
                        RegistrationService.CONSENT_VERSION,
                        ids,
                        names,
                        emails,
                        keys,
                        cities,
                        organisations,
                        needs,
                        diets,
                        shown,
                        consentedAt,
                        people)
                .query(UUID.class)
                .list());

        List<Entry> fresh = batch.stream()
                .map(t -> t.entry)
                .filter(e -> inserted.contains(e.id()))
                .toList();
        if (fresh.isEmpty()) {
            return Map.of();
        }
        int m = fresh.size();
        List<Long> numbers = allocation.queueNumbers(m);
        UUID[] freshIds = new UUID[m];
        String[] statuses = new String[m];
        Long[] queue = new Long[m];
        Map<UUID, Integer> positions = new HashMap<>();
        String[] tokenHashes = new String[2 * m];
        UUID[] tokenOwners = new UUID[2 * m];
        String[] tokenKinds = new String[2 * m];
        String[] rawTokens = new String[m];
        for (int i = 0; i < m; i++) {
            Entry e = fresh.get(i);
            freshIds[i] = e.id();
            queue[i] = numbers.get(i);
            String city = NewRegistration.blankToNull(e.in().citySlug());
            if (seats.take(city == null ? "" : city)) {
                statuses[i] = "CONFIRMED";
            } else {
                statuses[i] = "WAITLISTED";
                // everyone waiting so far has a smaller queue number
                positions.put(e.id(), ++seats.waitlisted);
            }
            tokenHashes[2 * i] = Tokens.hash(e.token());
            tokenHashes[2 * i + 1] = Tokens.hash(Tokens.checkInToken(e.token()));
            tokenOwners[2 * i] = e.id();
            tokenOwners[2 * i + 1] = e.id();
            tokenKinds[2 * i] = "MANAGE";
            tokenKinds[2 * i + 1] = "CHECKIN";
            rawTokens[i] = e.token();
        }
        allocation.setAllocated(freshIds, statuses, queue);
        jdbc.sql("""
                        INSERT INTO events.registration_token (token_hash, registration_id, kind)
                        SELECT * FROM unnest(?::text[], ?::uuid[], ?::text[])
                        """).params(tokenHashes, tokenOwners, tokenKinds).update();
        // the mail job, written with the registration (outbox); in queue order
        jdbc.sql("""
                        INSERT INTO events.notification (registration_id, kind, manage_token)
                        SELECT v.id, 'REGISTERED', v.token FROM unnest(?::uuid[], ?::text[]) WITH ORDINALITY AS v(id, token, ord)
                         ORDER BY v.ord
                        """).params(freshIds, rawTokens).update();
        Map<UUID, Placed> placed = new HashMap<>();
        jdbc.sql("SELECT " + RegistrationRepository.COLUMNS + " FROM events.registration r WHERE r.id = ANY(?::uuid[])")
                .param(freshIds)
                .query(RegistrationRepository::map)
                .list()
                .forEach(r -> placed.put(r.id(), new Placed(r, positions.get(r.id()))));
        return placed;
    }
}
