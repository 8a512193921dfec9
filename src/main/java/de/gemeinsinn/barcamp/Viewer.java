package de.gemeinsinn.barcamp;

import de.gemeinsinn.events.RegistrationRef;
import de.gemeinsinn.events.RegistrationStatus;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.UUID;

/**
 * Who looks at a BarCamp: the signed-in person (or nobody), their confirmed registration for the
 * event (by account, by address, or through a personal access link), and whether they organise it.
 *
 * @param guest the registration came from a personal access link, not from an account
 */
record Viewer(GemeinsinnUser user, RegistrationRef registration, boolean organiser, boolean guest) {

    static final Viewer ANONYMOUS = new Viewer(null, null, false, false);

    /** Holds a confirmed registration for the event (waiting list does not count). */
    public boolean participant() {
        return registration != null && registration.status() == RegistrationStatus.CONFIRMED;
    }

    /** Sees what participants see (proposals, vote counts, host names meant for participants). */
    public boolean member() {
        return participant() || organiser;
    }

    public boolean loggedIn() {
        return user != null;
    }

    public UUID registrationId() {
        return participant() ? registration.id() : null;
    }

    /** The account behind this viewer, if any: the signed-in person or the registration's account. */
    public UUID personId() {
        if (user != null && !guest) {
            return user.personId();
        }
        return registration == null ? null : registration.personId();
    }

    /** The name under which documentation edits are shown. */
    public String displayName() {
        if (user != null && !guest) {
            return user.displayName();
        }
        return registration == null ? "" : registration.name();
    }
}
