package de.gemeinsinn.barcamp;

/** The phases of a BarCamp in order; the organisers switch between them. */
enum Phase {
    PROPOSALS,
    VOTING,
    PLANNING,
    RUNNING,
    DONE;

    /** Participants may propose sessions (before the day and while the room votes). */
    public boolean acceptsProposals() {
        return this == PROPOSALS || this == VOTING;
    }

    /** Participants may mark sessions as interesting. */
    public boolean acceptsVotes() {
        return this == PROPOSALS || this == VOTING;
    }

    /** The moderator may enter show-of-hands counts. */
    public boolean acceptsHands() {
        return this == VOTING || this == PLANNING;
    }

    /** The grid may be computed and edited. */
    public boolean allowsPlanning() {
        return this == PLANNING || this == RUNNING;
    }

    static Phase parse(String s) {
        try {
            return s == null ? null : Phase.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
