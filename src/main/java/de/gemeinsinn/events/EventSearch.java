package de.gemeinsinn.events;

import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.SearchIndexer;
import de.gemeinsinn.search.SearchSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Events as search documents (type {@code event}): for rebuilds and for every change. */
@Component
class EventSearch implements SearchSource {

    static final String TYPE = "event";

    private final EventRepository events;
    private final Regions regions;
    private final MarkdownRenderer markdown;
    private final SearchIndexer indexer;

    EventSearch(EventRepository events, Regions regions, MarkdownRenderer markdown, SearchIndexer indexer) {
        this.events = events;
        this.regions = regions;
        this.markdown = markdown;
        this.indexer = indexer;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<SearchDocument> documents() {
        Map<String, CityRef> bySlug = regions.bySlug();
        Map<String, String> regionNames = regions.all();
        return events.all().stream().map(e -> document(e, bySlug, regionNames)).toList().stream();
    }

    /** Inside the writing transaction. Cancelled events stay findable (marked as cancelled). */
    void changed(Event e) {
        indexer.upsert(document(e, regions.bySlug(), regions.all()));
    }

    SearchDocument document(Event e, Map<String, CityRef> bySlug, Map<String, String> regionNames) {
        CityRef city = e.citySlug() == null ? null : bySlug.get(e.citySlug());
        StringBuilder text = new StringBuilder();
        if (e.cancelled()) {
            text.append("Abgesagt. ");
        }
        text.append(markdown.toPlainText(e.descriptionMarkdown()))
                .append("\n\n")
                .append(markdown.toPlainText(e.programmeMarkdown()))
                .append("\n\n")
                .append(e.venue().oneLine())
                .append(' ')
                .append(e.organiserName());
        List<String> tags = new ArrayList<>();
        tags.add("Veranstaltung");
        if (e.citySlug() == null) {
            tags.add("Netzwerk");
        }
        Double lat = e.venue().lat() != null ? e.venue().lat() : city == null ? null : city.lat();
        Double lon = e.venue().lon() != null ? e.venue().lon() : city == null ? null : city.lon();
        return new SearchDocument(
                TYPE,
                e.id().toString(),
                e.title(),
                text.toString(),
                e.url(),
                e.citySlug(),
                city == null ? null : city.name(),
                e.regionCode() == null ? null : regionNames.get(e.regionCode()),
                lat,
                lon,
                tags,
                e.startsAt());
    }
}
