package de.gemeinsinn.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What other modules need to know about an event.
 *
 * @param id stable id
 * @param slug URL name, the page is {@code /veranstaltungen/{slug}}
 * @param title title
 * @param startsAt start (offset of Europe/Berlin at that time)
 * @param endsAt end
 * @param citySlug the city holding it, or null for an event of the network
 * @param regionCode region ({@code nord}, {@code ost}, {@code mitte}, {@code west}, {@code sued}) or
 *     null for a national event
 * @param venueName name of the venue
 * @param cancelled whether the event was cancelled
 */
public record EventRef(
        UUID id,
        String slug,
        String title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String citySlug,
        String regionCode,
        String venueName,
        boolean cancelled) {

    /** Path of the event page. */
    public String url() {
        return "/veranstaltungen/" + slug;
    }
}
