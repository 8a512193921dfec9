package de.gemeinsinn.events;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations in "Meine Daten" (matched by account and by the account's e-mail address) and
 * their erasure when the account is deleted. Erasure deletes the registrations (a cancelled seat
 * is not given to the next person: the event may be long past; for future events the seat is
 * freed and the waiting list moves up).
 */
@Component
class EventsPersonalData implements PersonalDataExporter {

    record ExportedRegistration(
            String event,
            String eventUrl,
            String status,
            String name,
            String email,
            String city,
            String organisation,
            String accessibilityNeeds,
            String dietaryWishes,
            boolean shownInParticipantList,
            String consentVersion,
            Instant consentedAt,
            Instant registeredAt,
            Instant checkedInAt) {}

    private final RegistrationRepository registrations;
    private final EventRepository events;
    private final PersonDirectory people;
    private final JdbcClient jdbc;
    private final Allocation allocation;

    EventsPersonalData(
            RegistrationRepository registrations,
            EventRepository events,
            PersonDirectory people,
            JdbcClient jdbc,
            Allocation allocation) {
        this.registrations = registrations;
        this.events = events;
        this.people = people;
        this.jdbc = jdbc;
        this.allocation = allocation;
    }

    @Override
    public String section() {
        return "events";
    }

    @Override
    @Transactional
    public Object export(UUID personId) {
        String email =
                people.byId(personId).map(PersonDirectory.PersonRef::email).orElse(null);
        if (email != null) {
            // registrations made before the account existed belong to the person as well
            jdbc.sql("UPDATE events.registration SET person_id = ? WHERE email_key = ? AND person_id IS NULL")
                    .params(personId, Registration.emailKey(email))
                    .update();
        }
        List<ExportedRegistration> list = registrations.ofPerson(personId, email).stream()
                .map(r -> {
                    Event e = events.find(r.eventId()).orElse(null);
                    return new ExportedRegistration(
                            e == null ? null : e.title(),
                            e == null ? null : e.url(),
                            r.status().name(),
                            r.name(),
                            r.email(),
                            r.citySlug(),
                            r.organisation(),
                            r.accessibilityNeeds(),
                            r.dietaryWishes(),
                            r.showInList(),
                            r.consentVersion(),
                            r.consentedAt(),
                            r.createdAt(),
                            r.checkedInAt());
                })
                .toList();
        List<String> organised = events.organisedBy(personId).stream()
                .map(id -> events.find(id).map(Event::title).orElse(id.toString()))
                .toList();
        return Map.of("registrations", list, "organiserOf", organised);
    }

    /** Inside the erasing transaction (see news: the synchronous form makes erasure atomic). */
    @EventListener
    @Transactional
    void on(PersonErased event) {
        List<UUID> affected = jdbc.sql("DELETE FROM events.registration WHERE person_id = ? RETURNING event_id")
                .param(event.personId())
                .query(UUID.class)
                .list();
        events.removeOrganiser(event.personId());
        for (UUID eventId : affected.stream().distinct().toList()) {
            allocation.lock(eventId);
            allocation.allocateLocked(eventId);
        }
    }
}
