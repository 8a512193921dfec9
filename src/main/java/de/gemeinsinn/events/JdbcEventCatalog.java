package de.gemeinsinn.events;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@link EventCatalog} on the module's tables. */
@Component
class JdbcEventCatalog implements EventCatalog {

    private final EventRepository events;
    private final RegistrationRepository registrations;

    JdbcEventCatalog(EventRepository events, RegistrationRepository registrations) {
        this.events = events;
        this.registrations = registrations;
    }

    @Override
    public Optional<EventRef> find(UUID eventId) {
        return eventId == null ? Optional.empty() : events.find(eventId).map(Event::ref);
    }

    @Override
    public Optional<EventRef> findBySlug(String slug) {
        return slug == null ? Optional.empty() : events.findBySlug(slug).map(Event::ref);
    }

    @Override
    public boolean canOrganise(UUID eventId, GemeinsinnUser user) {
        if (eventId == null || user == null) {
            return false;
        }
        Optional<Event> event = events.find(eventId);
        return event.isPresent() && canOrganise(event.get(), user);
    }

    boolean canOrganise(Event event, GemeinsinnUser user) {
        if (user == null) {
            return false;
        }
        if (user.isNetworkAdmin()) {
            return true;
        }
        if (event.citySlug() != null && user.has(Role.CITY_COORDINATOR, event.citySlug())) {
            return true;
        }
        return user.personId() != null && events.isOrganiser(event.id(), user.personId());
    }

    @Override
    public Optional<RegistrationRef> registrationOf(UUID eventId, UUID personIdOrNull, String emailOrNull) {
        if (eventId == null) {
            return Optional.empty();
        }
        if (personIdOrNull != null) {
            Optional<Registration> byPerson = registrations.activeByPerson(eventId, personIdOrNull);
            if (byPerson.isPresent()) {
                return byPerson.map(Registration::ref);
            }
        }
        if (emailOrNull != null && !emailOrNull.isBlank()) {
            return registrations
                    .activeByEmail(eventId, emailOrNull)
                    .filter(Registration::active)
                    .map(Registration::ref);
        }
        return Optional.empty();
    }

    @Override
    public List<RegistrationRef> confirmed(UUID eventId) {
        return registrations.byStatus(eventId, RegistrationStatus.CONFIRMED).stream()
                .map(Registration::ref)
                .toList();
    }
}
