package de.gemeinsinn.events;

import de.gemeinsinn.network.CityPageSection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A city's upcoming events on its profile page. */
@Component
class EventsCitySection implements CityPageSection {

    private final EventRepository events;
    private final EventPagesController pages;

    EventsCitySection(EventRepository events, EventPagesController pages) {
        this.events = events;
        this.pages = pages;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "events/city-section";
    }

    @Override
    public Map<String, Object> model(String citySlug) {
        List<EventView> upcoming = pages.views(
                events.list(new EventFilter(Instant.now(), null, null, List.of(), citySlug, false, false), 5, 0));
        return upcoming.isEmpty() ? Map.of() : Map.of("events", upcoming, "slug", citySlug);
    }
}
