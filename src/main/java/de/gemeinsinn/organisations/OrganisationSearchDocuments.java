package de.gemeinsinn.organisations;

import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.SearchIndexer;
import de.gemeinsinn.search.SearchSource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Approved organisations as search documents (type {@code organisation}); the others are never indexed. */
@Component
class OrganisationSearchDocuments implements SearchSource {

    static final String TYPE = "organisation";

    private final JdbcClient jdbc;
    private final CityDirectory cities;
    private final SearchIndexer indexer;
    private final MessageSource messages;

    OrganisationSearchDocuments(JdbcClient jdbc, CityDirectory cities, SearchIndexer indexer, MessageSource messages) {
        this.jdbc = jdbc;
        this.cities = cities;
        this.indexer = indexer;
        this.messages = messages;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchDocument> documents() {
        Map<String, CityRef> bySlug =
                cities.all().stream().collect(Collectors.toMap(CityRef::slug, Function.identity()));
        return jdbc
                .sql(Organisations.SELECT + " WHERE o.status = 'APPROVED' ORDER BY o.slug")
                .query(Organisations::map)
                .list()
                .stream()
                .map(o -> document(o, bySlug.get(o.citySlug())));
    }

    /** Indexes an approved organisation, removes any other from the index (same transaction). */
    void changed(Organisation o) {
        if (o.approved()) {
            indexer.upsert(document(o, cities.find(o.citySlug()).orElse(null)));
        } else {
            indexer.delete(TYPE, o.id().toString());
        }
    }

    SearchDocument document(Organisation o, CityRef city) {
        String typeName = messages.getMessage("organisations.type." + o.type().name(), null, java.util.Locale.GERMAN);
        String text = String.join("\n", o.description(), typeName, o.quartier() == null ? "" : o.quartier());
        return new SearchDocument(
                TYPE,
                o.id().toString(),
                o.name(),
                text.strip(),
                o.url(),
                o.citySlug(),
                city == null ? null : city.name(),
                city == null ? null : city.region(),
                city == null ? null : city.lat(),
                city == null ? null : city.lon(),
                o.quartier() == null ? List.of(typeName) : List.of(typeName, o.quartier()),
                null);
    }
}
