package de.gemeinsinn.network;

import de.gemeinsinn.network.DemoNetworkData.CitySeed;
import de.gemeinsinn.network.DemoNetworkData.QuartierSeed;
import de.gemeinsinn.network.MemberCityJoin.JoinedCity;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.search.SearchIndexer;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo network when {@code gemeinsinn.demo-data=true}. Runs first ({@code @Order(0)})
 * because other modules' demo data refers to cities. Idempotent: existing cities, Quartiere and
 * meeting participations are left as they are (so edits survive a restart).
 */
@Component
@Order(0)
class NetworkDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NetworkDemoSeeder.class);

    private final GemeinsinnProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final CitySearchDocuments documents;
    private final SearchIndexer indexer;

    NetworkDemoSeeder(
            GemeinsinnProperties properties,
            JdbcClient jdbc,
            TransactionTemplate tx,
            CitySearchDocuments documents,
            SearchIndexer indexer) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.tx = tx;
        this.documents = documents;
        this.indexer = indexer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoData()) {
            seed();
        }
    }

    /** Inserts what is missing; returns the number of cities inserted. */
    int seed() {
        DemoNetworkData.Network network = DemoNetworkData.load();
        Integer inserted = tx.execute(status -> {
            int count = 0;
            for (CitySeed seed : network.cities()) {
                if (insertCity(seed)) {
                    count++;
                }
            }
            for (String slug : network.westMeeting2024()) {
                jdbc.sql("""
                                INSERT INTO network.meeting_participant (meeting, city_id)
                                SELECT ?, id FROM network.city WHERE slug = ? ON CONFLICT DO NOTHING
                                """).params(DemoNetworkData.MEETING_WEST_2024, slug).update();
            }
            return count;
        });
        if (inserted != null && inserted > 0) {
            log.info("Demo network: {} member cities inserted", inserted);
        }
        return inserted == null ? 0 : inserted;
    }

    private boolean insertCity(CitySeed seed) {
        JoinedCity c = seed.city();
        UUID id = jdbc.sql("""
                        INSERT INTO network.city (slug, name, official_name, ags, state, region_id, population, lat, lon,
                                                  member_since, profile, office_name, office_email, office_phone, focus_topics)
                        VALUES (:slug, :name, :official, :ags, :state, (SELECT id FROM network.region WHERE slug = :region),
                                :population, :lat, :lon, :since, :profile, :officeName, :officeEmail, :officePhone,
                                string_to_array(:topics, '|'))
                        ON CONFLICT (slug) DO NOTHING
                        RETURNING id
                        """)
                .param("slug", c.slug())
                .param("name", c.name())
                .param("official", c.officialName())
                .param("ags", c.ags())
                .param("state", c.state().code())
                .param("region", c.state().regionSlug)
                .param("population", c.population())
                .param("lat", c.lat())
                .param("lon", c.lon())
                .param("since", c.memberSince())
                .param("profile", seed.profile())
                .param("officeName", seed.officeName())
                .param("officeEmail", seed.officeEmail())
                .param("officePhone", seed.officePhone())
                .param("topics", String.join("|", seed.focusTopics()))
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (id == null) {
            return false;
        }
        int position = 0;
        for (QuartierSeed q : seed.quartiere()) {
            jdbc.sql("""
                            INSERT INTO network.quartier (city_id, district, name, position) VALUES (?, ?, ?, ?)
                            ON CONFLICT (city_id, name) DO NOTHING
                            """).params(id, q.district(), q.name(), position++).update();
        }
        documents.forCity(c.slug()).ifPresent(indexer::upsert);
        return true;
    }
}
