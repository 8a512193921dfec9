package de.gemeinsinn.network;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcCityDirectory implements CityDirectory {

    private static final String SELECT = """
            SELECT c.slug, c.name, c.state, r.name AS region, c.lat, c.lon
              FROM network.city c JOIN network.region r ON r.id = c.region_id
            """;

    private final JdbcClient jdbc;

    JdbcCityDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CityRef> find(String slug) {
        return jdbc.sql(SELECT + " WHERE c.slug = ?")
                .param(slug)
                .query(CityRef.class)
                .optional();
    }

    @Override
    public List<CityRef> all() {
        return jdbc.sql(SELECT + " ORDER BY c.name").query(CityRef.class).list();
    }

    @Override
    public List<String> regions() {
        return jdbc.sql("SELECT name FROM network.region ORDER BY name")
                .query(String.class)
                .list();
    }

    @Override
    public List<String> quartiere(String slug) {
        return jdbc.sql("SELECT q.name FROM network.quartier q JOIN network.city c ON c.id = q.city_id "
                        + "WHERE c.slug = ? ORDER BY q.position, q.name")
                .param(slug)
                .query(String.class)
                .list();
    }
}
