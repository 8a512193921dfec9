package de.gemeinsinn.events;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Creates fresh events for a test (the shared database also holds the demo events). */
final class EventTestSupport {

    private EventTestSupport() {}

    static Event openEvent(EventService service, String title, int capacity, Integer quota, String citySlug) {
        Instant start = Instant.now().plus(Duration.ofDays(30));
        EventInput in = new EventInput(
                title + " " + UUID.randomUUID().toString().substring(0, 8),
                "Beschreibung mit **fett**",
                "",
                start,
                start.plus(Duration.ofHours(6)),
                citySlug,
                citySlug == null ? "west" : null,
                new Venue("Testort", "Musterstraße 1", "46236", "Bottrop", "stufenlos", 51.52, 6.93),
                "Orga-Team",
                true,
                capacity,
                quota,
                Instant.now().minus(Duration.ofDays(1)),
                start.minus(Duration.ofDays(1)),
                false);
        return service.create(in, null);
    }
}
