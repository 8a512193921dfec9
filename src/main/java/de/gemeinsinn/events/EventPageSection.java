package de.gemeinsinn.events;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.Map;
import java.util.UUID;

/**
 * A module's contribution to an event page ({@code /veranstaltungen/{slug}}), e.g. the BarCamp
 * board, without the events module depending on that module. The template fragment is called as
 * {@code section(model)}.
 */
public interface EventPageSection {

    /** Position on the page; lower comes first. */
    int order();

    /** Template holding a fragment {@code section(model)}, e.g. {@code barcamp/event-section}. */
    String template();

    /**
     * Values the fragment needs for this event and viewer (null for anonymous visitors); an empty
     * map hides the section.
     */
    Map<String, Object> model(UUID eventId, GemeinsinnUser userOrNull);
}
