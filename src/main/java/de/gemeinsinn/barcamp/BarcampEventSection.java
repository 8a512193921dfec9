package de.gemeinsinn.barcamp;

import de.gemeinsinn.events.EventCatalog;
import de.gemeinsinn.events.EventPageSection;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The BarCamp's box on the event page: phase and links, or "BarCamp einrichten" for organisers. */
@Component
class BarcampEventSection implements EventPageSection {

    private final BarcampService service;
    private final EventCatalog catalog;

    BarcampEventSection(BarcampService service, EventCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "barcamp/event-section";
    }

    @Override
    public Map<String, Object> model(UUID eventId, GemeinsinnUser userOrNull) {
        boolean organiser = catalog.canOrganise(eventId, userOrNull);
        Map<String, Object> model = new LinkedHashMap<>();
        service.forEvent(eventId)
                .ifPresentOrElse(
                        camp -> {
                            model.put("barcampUrl", camp.url());
                            model.put("barcampPhase", camp.phase().name());
                            model.put("barcampPublished", camp.barcamp().published());
                            model.put("barcampOrganiser", organiser);
                        },
                        () -> {
                            if (organiser) {
                                model.put("barcampCreateFor", eventId);
                            }
                        });
        return model;
    }
}
