package de.gemeinsinn.events;

import java.util.UUID;

/**
 * A registration as other modules see it (e.g. to let registered participants vote).
 *
 * @param id registration id
 * @param eventId the event
 * @param name the name given on registration
 * @param email the address given on registration
 * @param personId the account with that address, or null
 * @param status CONFIRMED or WAITLISTED (others are not handed out)
 */
public record RegistrationRef(
        UUID id, UUID eventId, String name, String email, UUID personId, RegistrationStatus status) {}
