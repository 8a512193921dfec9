package de.gemeinsinn.network;

import de.gemeinsinn.network.MemberCityJoin.Municipality;
import de.gemeinsinn.search.SearchIndexer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a municipality from the register as a new member city and indexes it. */
@Service
class CityCreation {

    /** Slugs that are paths of their own below /staedte. */
    static final Set<String> RESERVED = Set.of("neu");

    private final JdbcClient jdbc;
    private final CitySearchDocuments documents;
    private final SearchIndexer indexer;

    CityCreation(JdbcClient jdbc, CitySearchDocuments documents, SearchIndexer indexer) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.indexer = indexer;
    }

    /** The new city's slug, or empty when a city with that slug or AGS exists already. */
    @Transactional
    Optional<String> create(Municipality m, int memberSince) {
        String name = MunicipalityRegister.shortName(m);
        String slug = Slugs.of(name);
        State state = State.ofAgs(m.ags()).orElseThrow();
        if (RESERVED.contains(slug)) {
            slug = slug + "-" + state.code().toLowerCase(Locale.ROOT);
        }
        boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM network.city WHERE slug = ? OR ags = ?)")
                .params(slug, m.ags())
                .query(Boolean.class)
                .single();
        if (exists) {
            return Optional.empty();
        }
        jdbc.sql("""
                        INSERT INTO network.city (slug, name, official_name, ags, state, region_id, population, lat, lon,
                                                  member_since, office_email)
                        VALUES (:slug, :name, :official, :ags, :state, (SELECT id FROM network.region WHERE slug = :region),
                                :population, :lat, :lon, :since, '')
                        """)
                .param("slug", slug)
                .param("name", name)
                .param("official", m.officialName())
                .param("ags", m.ags())
                .param("state", state.code())
                .param("region", state.regionSlug)
                .param("population", m.population())
                .param("lat", m.lat())
                .param("lon", m.lon())
                .param("since", memberSince)
                .update();
        documents.forCity(slug).ifPresent(indexer::upsert);
        return Optional.of(slug);
    }
}
