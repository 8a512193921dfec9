package de.gemeinsinn.groups;

import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.SearchIndexer;
import de.gemeinsinn.search.SearchSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Public groups as search documents (type {@code group}): name, purpose, goals, topics and
 * Quartiere only; never members. Internal groups are never indexed.
 */
@Component
class GroupSearchDocuments implements SearchSource {

    static final String TYPE = "group";

    private final GroupStore store;
    private final CityDirectory cities;
    private final SearchIndexer indexer;

    GroupSearchDocuments(GroupStore store, CityDirectory cities, SearchIndexer indexer) {
        this.store = store;
        this.cities = cities;
        this.indexer = indexer;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchDocument> documents() {
        Map<String, CityRef> bySlug =
                cities.all().stream().collect(Collectors.toMap(CityRef::slug, Function.identity()));
        return store.publicGroups().stream()
                .map(g -> document(g, g.citySlug() == null ? null : bySlug.get(g.citySlug())));
    }

    /** Indexes a public group, removes an internal one (same transaction as the change). */
    void changed(Group g) {
        if (g.isPublic()) {
            indexer.upsert(document(
                    g, g.citySlug() == null ? null : cities.find(g.citySlug()).orElse(null)));
        } else {
            indexer.delete(TYPE, g.id().toString());
        }
    }

    static SearchDocument document(Group g, CityRef city) {
        List<String> tags = new ArrayList<>(g.topics());
        tags.addAll(g.quartiere());
        String text = String.join("\n", g.purpose(), g.goals(), String.join(", ", g.quartiere()));
        return new SearchDocument(
                TYPE,
                g.id().toString(),
                g.name(),
                text.strip(),
                g.url(),
                g.citySlug(),
                city == null ? null : city.name(),
                city == null ? null : city.region(),
                city == null ? null : city.lat(),
                city == null ? null : city.lon(),
                tags,
                null);
    }
}
