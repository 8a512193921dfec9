package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.barcamp.Stored.Slot;
import de.gemeinsinn.events.EventCatalog;
import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.SearchIndexer;
import de.gemeinsinn.search.SearchSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session documentation as search documents of type {@code session}: the network's memory of what
 * cities learned. A session is public (and findable) once its BarCamp's timetable is published and
 * the session is in the timetable or documented; everything else stays out of the index.
 */
@Component
class BarcampSearch implements SearchSource {

    static final String TYPE = "session";

    private final BarcampRepository repo;
    private final EventCatalog catalog;
    private final CityDirectory cities;
    private final MarkdownRenderer markdown;
    private final SearchIndexer indexer;

    BarcampSearch(
            BarcampRepository repo,
            EventCatalog catalog,
            CityDirectory cities,
            MarkdownRenderer markdown,
            SearchIndexer indexer) {
        this.repo = repo;
        this.catalog = catalog;
        this.cities = cities;
        this.markdown = markdown;
        this.indexer = indexer;
    }

    /** Whether anyone may read the session page (and find it). */
    static boolean isPublic(Camp camp, Session s) {
        return camp.barcamp().published()
                && (s.placed() || !s.notes().isBlank() || !s.results().isBlank());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<SearchDocument> documents() {
        List<SearchDocument> out = new ArrayList<>();
        for (Stored.Barcamp b : repo.all()) {
            catalog.find(b.eventId()).ifPresent(event -> {
                Camp camp = new Camp(b, event);
                Map<java.util.UUID, Slot> slots =
                        repo.slots(b.id()).stream().collect(Collectors.toMap(Slot::id, s -> s));
                for (Session s : repo.sessions(b.id())) {
                    if (isPublic(camp, s)) {
                        out.add(document(camp, s, slots));
                    }
                }
            });
        }
        return out.stream();
    }

    /** Inside the writing transaction. */
    void changed(Camp camp, Session s) {
        if (isPublic(camp, s)) {
            Map<java.util.UUID, Slot> slots =
                    repo.slots(camp.id()).stream().collect(Collectors.toMap(Slot::id, x -> x));
            indexer.upsert(document(camp, s, slots));
        } else {
            indexer.delete(TYPE, s.id().toString());
        }
    }

    SearchDocument document(Camp camp, Session s, Map<java.util.UUID, Slot> slots) {
        var event = camp.event();
        CityRef city =
                event.citySlug() == null ? null : cities.find(event.citySlug()).orElse(null);
        StringBuilder text = new StringBuilder(s.description());
        if (s.hostVisibility() == HostVisibility.ALL && !s.hostNames().isBlank()) {
            text.append("\n\n").append(s.hostNames());
        }
        text.append("\n\n").append(markdown.toPlainText(s.notes()));
        text.append("\n\n").append(markdown.toPlainText(s.results()));
        Slot slot = s.slotId() == null ? null : slots.get(s.slotId());
        Instant date = slot != null ? slot.startsAt() : event.startsAt().toInstant();
        return new SearchDocument(
                TYPE,
                s.id().toString(),
                s.title(),
                text.toString().strip(),
                camp.url() + "/sessions/" + s.id(),
                event.citySlug(),
                city == null ? null : city.name(),
                city != null ? city.region() : region(event.regionCode()),
                city == null ? null : city.lat(),
                city == null ? null : city.lon(),
                List.of("BarCamp", event.title()),
                date);
    }

    static String region(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "nord" -> "Nord";
            case "ost" -> "Ost";
            case "mitte" -> "Mitte";
            case "west" -> "West";
            case "sued" -> "Süd";
            default -> null;
        };
    }
}
