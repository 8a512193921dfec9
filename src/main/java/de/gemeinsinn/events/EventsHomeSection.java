package de.gemeinsinn.events;

import de.gemeinsinn.platform.web.HomeSection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The next upcoming events on the start page (hidden when there are none). */
@Component
class EventsHomeSection implements HomeSection {

    static final int COUNT = 3;

    private final EventRepository events;
    private final EventPagesController pages;

    EventsHomeSection(EventRepository events, EventPagesController pages) {
        this.events = events;
        this.pages = pages;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String template() {
        return "events/home-section";
    }

    @Override
    public Map<String, Object> model() {
        List<EventView> next = pages.views(events.list(EventFilter.upcoming(Instant.now()), COUNT, 0));
        return next.isEmpty() ? Map.of() : Map.of("events", next);
    }
}
