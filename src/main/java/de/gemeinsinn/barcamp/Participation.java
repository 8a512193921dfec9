package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.events.EventCatalog;
import de.gemeinsinn.events.RegistrationRef;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds out who the viewer is for a BarCamp (ADR 0026). Signed-in people take part through the
 * registration that matches their account or address. People without an account (or registered
 * under another address) open a personal link mailed to the registration's address; the browser
 * session then remembers that registration for this BarCamp. Every request checks again that the
 * registration is still confirmed, so a cancellation ends the access at once.
 */
@Component
class Participation {

    static final String SESSION_KEY = "barcamp.guestRegistrations";

    private final Access access;
    private final EventCatalog catalog;

    Participation(Access access, EventCatalog catalog) {
        this.access = access;
        this.catalog = catalog;
    }

    Viewer viewer(Camp camp, HttpServletRequest request) {
        UUID eventId = camp.event().id();
        GemeinsinnUser user = access.currentUser().orElse(null);
        boolean organiser = user != null && catalog.canOrganise(eventId, user);
        Optional<RegistrationRef> own =
                user == null ? Optional.empty() : catalog.registrationOf(eventId, user.personId(), user.email());
        if (own.isPresent()) {
            return new Viewer(user, own.get(), organiser, false);
        }
        Optional<RegistrationRef> guest = guestRegistration(camp, request);
        return new Viewer(user, guest.orElse(null), organiser, guest.isPresent());
    }

    private Optional<RegistrationRef> guestRegistration(Camp camp, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof Map<?, ?> passes)) {
            return Optional.empty();
        }
        Object pass = passes.get(camp.id().toString());
        if (!(pass instanceof String s) || !s.contains(" ")) {
            return Optional.empty();
        }
        UUID registrationId = UUID.fromString(s.substring(0, s.indexOf(' ')));
        String email = s.substring(s.indexOf(' ') + 1);
        return catalog.registrationOf(camp.event().id(), null, email).filter(r -> r.id().equals(registrationId));
    }

    /** Remembers an opened personal link in the browser session. */
    static void rememberGuest(HttpServletRequest request, UUID barcampId, UUID registrationId, String email) {
        HttpSession session = request.getSession(true);
        HashMap<String, String> passes = new HashMap<>();
        if (session.getAttribute(SESSION_KEY) instanceof Map<?, ?> existing) {
            existing.forEach((k, v) -> passes.put(String.valueOf(k), String.valueOf(v)));
        }
        passes.put(barcampId.toString(), registrationId + " " + email);
        request.changeSessionId();
        session.setAttribute(SESSION_KEY, passes);
    }

    // ---- checks that fail closed; anonymous visitors without a personal link go to the login page

    static void requireParticipant(Viewer v) {
        if (!v.participant()) {
            deny(v, "registered participants only");
        }
    }

    static void requireMember(Viewer v) {
        if (!v.member()) {
            deny(v, "participants and organisers only");
        }
    }

    static void requireOrganiser(Viewer v) {
        if (!v.organiser()) {
            deny(v, "organisers only");
        }
    }

    private static void deny(Viewer v, String why) {
        throw new AccessDeniedException(why);
    }
}
