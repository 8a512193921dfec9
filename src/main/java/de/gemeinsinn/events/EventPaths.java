package de.gemeinsinn.events;

import de.gemeinsinn.platform.security.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Public: the list, event pages, calendars, images, registration and the personal link. The
 * organiser pages ({@code /veranstaltungen/{slug}/orga/**}, {@code /veranstaltungen/neu}) and the
 * check-in ({@code /veranstaltungen/einlass/**}) need a login.
 */
@Component
class EventPaths implements PublicPaths {

    static final String BASE = "/veranstaltungen";

    static String manage(String token) {
        return BASE + "/anmeldung/" + token;
    }

    static String checkIn(String token) {
        return BASE + "/einlass/" + token;
    }

    @Override
    public List<String> readable() {
        return List.of(
                BASE,
                BASE + "/kalender.ics",
                BASE + "/bilder/*",
                BASE + "/anmeldung/*",
                BASE + "/*",
                BASE + "/*/kalender.ics",
                BASE + "/*/anmelden",
                BASE + "/anmeldung/*/einlass-qr.png",
                "/api/v1/events",
                "/api/v1/events/*",
                "/api/v1/events/*/calendar.ics");
    }

    @Override
    public List<String> writable() {
        return List.of(
                BASE + "/*/anmelden",
                BASE + "/anmeldung/*",
                BASE + "/anmeldung/*/abmelden",
                "/api/v1/events/*/registrations",
                "/api/v1/registrations/*");
    }
}
