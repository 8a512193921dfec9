package de.gemeinsinn.events;

import de.gemeinsinn.accounts.PersonDirectory;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering, changing and cancelling. Writing a registration and giving it a seat are two
 * short transactions (ADR 0020): the insert runs in parallel with everyone else's, the
 * allocation takes the event's lock and handles every pending registration at once.
 */
@Service
class RegistrationService {

    /** Version of the consent text shown on the form; stored with every registration. */
    static final String CONSENT_VERSION = "2026-01";

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final Allocation allocation;
    private final PersonDirectory people;
    private final EventMails mails;
    private final TransactionTemplate tx;
    private final RegistrationBatches batches;

    RegistrationService(
            JdbcClient jdbc,
            EventRepository events,
            RegistrationRepository registrations,
            Allocation allocation,
            PersonDirectory people,
            EventMails mails,
            TransactionTemplate tx,
            RegistrationBatches batches) {
        this.batches = batches;
        this.jdbc = jdbc;
        this.events = events;
        this.registrations = registrations;
        this.allocation = allocation;
        this.people = people;
        this.mails = mails;
        this.tx = tx;
    }

    /** The outcome of {@link #register}. */
    sealed interface Outcome {}

    /** Registered now; {@code manageToken} is the personal link's secret. */
    record Registered(Registration registration, Integer waitlistPosition, String manageToken) implements Outcome {}

    /** This address is already registered for the event. */
    record AlreadyRegistered(Registration existing, Integer waitlistPosition) implements Outcome {}

    /** The registration window is not open (or the event has no registration). */
    record WindowClosed(Event.RegistrationWindow window) implements Outcome {}

    Outcome register(Event event, NewRegistration in, UUID signedInPersonId, String signedInEmail) {
        Event.RegistrationWindow window = event.window(Instant.now());
        if (window != Event.RegistrationWindow.OPEN) {
            return new WindowClosed(window);
        }
        UUID personId = personFor(in.email(), signedInPersonId, signedInEmail);
        String token = Tokens.newManageToken();
        RegistrationBatches.Placed placed = batches.register(
                event.id(), new RegistrationBatches.Entry(UUID.randomUUID(), in, personId, token, Instant.now()));
        if (placed == null) {
            Registration existing = registrations
                    .activeByEmail(event.id(), in.email())
                    .orElseThrow(() -> new IllegalStateException("conflict without a registration"));
            if (existing.status() == RegistrationStatus.PENDING) { // written by an instance that died before allocating
                allocation.allocate(event.id());
                existing = registrations.find(existing.id()).orElse(existing);
            }
            return new AlreadyRegistered(existing, registrations.waitlistPosition(existing));
        }
        mails.kick();
        return new Registered(placed.registration(), placed.waitlistPosition(), token);
    }

    private UUID personFor(String email, UUID signedInPersonId, String signedInEmail) {
        if (signedInPersonId != null && Registration.emailKey(email).equals(Registration.emailKey(signedInEmail))) {
            return signedInPersonId;
        }
        return people.byEmail(email).map(PersonDirectory.PersonRef::id).orElse(null);
    }

    /** The registration the personal link belongs to. */
    Optional<Registration> byManageToken(String token) {
        return byToken(token, "MANAGE");
    }

    Optional<Registration> byCheckInToken(String token) {
        return byToken(token, "CHECKIN");
    }

    private Optional<Registration> byToken(String token, String kind) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + RegistrationRepository.COLUMNS
                        + " FROM events.registration r JOIN events.registration_token t ON t.registration_id = r.id"
                        + " WHERE t.token_hash = ? AND t.kind = ?")
                .params(Tokens.hash(token), kind)
                .query(RegistrationRepository::map)
                .optional();
    }

    /**
     * Cancels and promotes the next people from the waiting list, in one transaction under the
     * event's lock. False when it was cancelled already.
     */
    boolean cancel(Registration r, boolean notifyPerson) {
        Boolean done = tx.execute(status -> {
            allocation.lock(r.eventId());
            int rows = jdbc.sql(
                            "UPDATE events.registration SET status = 'CANCELLED', cancelled_at = now(), updated_at = now()"
                                    + " WHERE id = ? AND status <> 'CANCELLED'")
                    .param(r.id())
                    .update();
            if (rows == 0) {
                return false;
            }
            if (notifyPerson) {
                jdbc.sql("INSERT INTO events.notification (registration_id, kind) VALUES (?, 'CANCELLED')")
                        .param(r.id())
                        .update();
            }
            allocation.allocateLocked(r.eventId());
            return true;
        });
        mails.kick();
        return Boolean.TRUE.equals(done);
    }

    /** What a person may change through the personal link (not the city: it decides the quota). */
    void change(Registration r, String name, String organisation, String needs, String diet, boolean showInList) {
        jdbc.sql("""
                        UPDATE events.registration SET name = ?, organisation = ?, accessibility_needs = ?,
                            dietary_wishes = ?, show_in_list = ?, updated_at = now() WHERE id = ?
                        """)
                .params(
                        name.trim(),
                        organisation == null ? "" : organisation.trim(),
                        NewRegistration.blankToNull(needs),
                        NewRegistration.blankToNull(diet),
                        showInList,
                        r.id())
                .update();
    }

    /** Door check-in; false when the registration is not confirmed. */
    boolean checkIn(UUID registrationId, boolean present) {
        return jdbc.sql(
                                "UPDATE events.registration SET checked_in_at = CASE WHEN ? THEN coalesce(checked_in_at, now()) END,"
                                        + " updated_at = now() WHERE id = ? AND status = 'CONFIRMED'")
                        .params(present, registrationId)
                        .update()
                == 1;
    }

    Optional<Event> eventOf(Registration r) {
        return events.find(r.eventId());
    }
}
