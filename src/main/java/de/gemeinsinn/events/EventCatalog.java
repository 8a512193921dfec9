package de.gemeinsinn.events;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to events and their registrations for other modules. */
public interface EventCatalog {

    Optional<EventRef> find(UUID eventId);

    /** Finds an event by its URL name. */
    Optional<EventRef> findBySlug(String slug);

    /**
     * Whether the person may organise the event: network admins always; for a city event the
     * city's coordinators; for every event the people named as its organisers (e.g. the host
     * city's coordinator of a regional meeting). Null user means no.
     */
    boolean canOrganise(UUID eventId, GemeinsinnUser user);

    /**
     * The person's confirmed or waitlisted registration, matched by account id (when given) or by
     * e-mail address (case-insensitive). Empty when neither matches or the registration was
     * cancelled.
     */
    Optional<RegistrationRef> registrationOf(UUID eventId, UUID personIdOrNull, String emailOrNull);

    /** Confirmed registrations in arrival order. */
    List<RegistrationRef> confirmed(UUID eventId);
}
