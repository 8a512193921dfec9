package de.gemeinsinn.barcamp;

/** Who sees the host names of a session, as the proposer chose. */
enum HostVisibility {
    /** Everyone, including the public board and documentation. */
    ALL,
    /** Registered participants and organisers only. */
    PARTICIPANTS,
    /** Nobody but the organisers. */
    NONE;

    static HostVisibility parse(String s) {
        try {
            return s == null ? ALL : HostVisibility.valueOf(s);
        } catch (IllegalArgumentException e) {
            return ALL;
        }
    }
}
