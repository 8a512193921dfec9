package de.gemeinsinn.events;

/** Where a registration stands. */
public enum RegistrationStatus {
    /** Written, not yet given a seat or a waiting-list place (only for milliseconds). */
    PENDING,
    /** Has a seat. */
    CONFIRMED,
    /** On the waiting list, promoted automatically when a seat becomes free. */
    WAITLISTED,
    /** Cancelled by the person or an organiser. */
    CANCELLED
}
