package de.gemeinsinn.barcamp;

import de.gemeinsinn.platform.security.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Anyone may open the BarCamp pages: what they show depends on who looks (organisers, registered
 * participants, everyone), and the controllers check every action themselves. Participants
 * without an account act through their personal link, so their forms accept anonymous POSTs; the
 * controllers refuse everyone without a confirmed registration (ADR 0026). Organiser pages
 * ({@code /orga}, {@code /planung}) need a login.
 */
@Component
class BarcampPaths implements PublicPaths {

    @Override
    public List<String> readable() {
        return List.of(
                "/barcamp",
                "/barcamp/*",
                "/barcamp/*/vorschlagen",
                "/barcamp/*/zugang",
                "/barcamp/*/mein-plan",
                "/barcamp/*/board",
                "/barcamp/*/board/inhalt",
                "/barcamp/*/board/stream",
                "/barcamp/*/kiosk",
                "/barcamp/*/kalender/*",
                "/barcamp/*/sessions/*",
                "/barcamp/*/sessions/*/doku",
                "/barcamp/*/sessions/*/dateien/*",
                "/barcamp/zugang/*",
                "/barcamp/abbestellen/*");
    }

    @Override
    public List<String> writable() {
        return List.of(
                "/barcamp/*/vorschlagen",
                "/barcamp/*/zugang",
                "/barcamp/*/mein-plan",
                "/barcamp/*/sessions/*/interesse",
                "/barcamp/*/sessions/*/merken",
                "/barcamp/*/sessions/*/doku",
                "/barcamp/*/sessions/*/links",
                "/barcamp/*/sessions/*/dateien",
                "/barcamp/abbestellen/*");
    }
}
