package de.gemeinsinn.meetings;

/** A member's answer to a meeting. */
enum Rsvp {
    YES,
    MAYBE,
    NO
}
