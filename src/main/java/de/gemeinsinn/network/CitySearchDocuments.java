package de.gemeinsinn.network;

import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.SearchSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Member cities as search documents (type {@code city}), for rebuilds and single upserts. */
@Component
class CitySearchDocuments implements SearchSource {

    static final String TYPE = "city";

    private static final String SELECT = """
            SELECT c.slug, c.name, c.profile, c.office_name, c.focus_topics, r.name AS region, c.lat, c.lon,
                   COALESCE((SELECT concat_ws(' ', string_agg(DISTINCT q.district, ' '),
                                             string_agg(q.name, ' ' ORDER BY q.position, q.name))
                               FROM network.quartier q WHERE q.city_id = c.id), '') AS quartiere
              FROM network.city c JOIN network.region r ON r.id = c.region_id
            """;

    private final JdbcClient jdbc;

    CitySearchDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchDocument> documents() {
        return jdbc.sql(SELECT + " ORDER BY c.slug").query(CitySearchDocuments::map).stream();
    }

    Optional<SearchDocument> forCity(String slug) {
        return jdbc.sql(SELECT + " WHERE c.slug = ?")
                .param(slug)
                .query(CitySearchDocuments::map)
                .optional();
    }

    private static SearchDocument map(ResultSet rs, int row) throws SQLException {
        String slug = rs.getString("slug");
        String name = rs.getString("name");
        List<String> topics = CityRows.topics(rs);
        String text = String.join(
                "\n",
                rs.getString("profile"),
                String.join(", ", topics),
                rs.getString("quartiere"),
                rs.getString("office_name"));
        return new SearchDocument(
                TYPE,
                slug,
                name,
                text.strip(),
                "/staedte/" + slug,
                slug,
                name,
                rs.getString("region"),
                rs.getDouble("lat"),
                rs.getDouble("lon"),
                topics,
                null);
    }
}
