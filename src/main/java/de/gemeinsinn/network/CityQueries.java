package de.gemeinsinn.network;

import de.gemeinsinn.network.CityViews.CityListItem;
import de.gemeinsinn.network.CityViews.CityProfile;
import de.gemeinsinn.network.CityViews.QuartierGroup;
import de.gemeinsinn.network.CityViews.QuartierItem;
import de.gemeinsinn.network.CityViews.RegionSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read queries of the network directory; each page needs one or two of them. */
@Component
class CityQueries {

    private static final String LIST = """
            SELECT c.slug, c.name, c.state, r.name AS region, r.slug AS region_slug, c.population, c.lat, c.lon,
                   c.member_since
              FROM network.city c JOIN network.region r ON r.id = c.region_id
             WHERE (CAST(:region AS TEXT) IS NULL OR r.slug = :region)
               AND (CAST(:state AS TEXT) IS NULL OR c.state = :state)
               AND (CAST(:from AS INTEGER) IS NULL OR (c.population >= :from AND c.population < :below))
            """;

    private final JdbcClient jdbc;

    CityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CityListItem> list(CityFilter filter) {
        SizeClass size =
                filter.size() == null ? null : SizeClass.ofKey(filter.size()).orElseThrow();
        return jdbc.sql(LIST + " ORDER BY c.name")
                .param("region", filter.region())
                .param("state", filter.state())
                .param("from", size == null ? null : size.from)
                .param("below", size == null ? null : size.below)
                .query(CityQueries::listItem)
                .list();
    }

    /** Cities that took part in a network meeting, ordered by name. */
    List<CityListItem> meetingParticipants(String meeting) {
        return jdbc.sql("""
                        SELECT c.slug, c.name, c.state, r.name AS region, r.slug AS region_slug, c.population,
                               c.lat, c.lon, c.member_since
                          FROM network.meeting_participant p
                          JOIN network.city c ON c.id = p.city_id
                          JOIN network.region r ON r.id = c.region_id
                         WHERE p.meeting = ? ORDER BY c.name
                        """).param(meeting).query(CityQueries::listItem).list();
    }

    List<RegionSummary> regions() {
        return jdbc.sql("""
                        SELECT r.slug, r.name, count(c.id) AS city_count
                          FROM network.region r LEFT JOIN network.city c ON c.region_id = r.id
                         GROUP BY r.id ORDER BY r.position
                        """)
                .query((rs, i) ->
                        new RegionSummary(rs.getString("slug"), rs.getString("name"), rs.getInt("city_count")))
                .list();
    }

    Optional<RegionSummary> region(String slug) {
        return regions().stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    Optional<CityProfile> profile(String slug) {
        Optional<CityProfile> city =
                jdbc.sql("""
                        SELECT c.*, r.name AS region, r.slug AS region_slug
                          FROM network.city c JOIN network.region r ON r.id = c.region_id WHERE c.slug = ?
                        """).param(slug).query(CityQueries::profile).optional();
        return city.map(c -> c.withQuartiere(quartiere(slug)));
    }

    List<QuartierItem> quartiere(String slug) {
        return jdbc.sql("""
                        SELECT q.district, q.name FROM network.quartier q JOIN network.city c ON c.id = q.city_id
                         WHERE c.slug = ? ORDER BY q.position, q.name
                        """)
                .param(slug)
                .query((rs, i) -> new QuartierItem(rs.getString("district"), rs.getString("name")))
                .list();
    }

    /** Groups Quartiere by Stadtbezirk, keeping the order of first appearance. */
    static List<QuartierGroup> grouped(List<QuartierItem> quartiere) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (QuartierItem q : quartiere) {
            groups.computeIfAbsent(q.district() == null ? "" : q.district(), k -> new ArrayList<>())
                    .add(q.name());
        }
        return groups.entrySet().stream()
                .map(e -> new QuartierGroup(e.getKey().isEmpty() ? null : e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    static String stateName(String code) {
        return State.ofCode(code).map(State::displayName).orElse(code);
    }

    private static CityListItem listItem(ResultSet rs, int row) throws SQLException {
        return new CityListItem(
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("state"),
                stateName(rs.getString("state")),
                rs.getString("region"),
                rs.getString("region_slug"),
                CityRows.integer(rs, "population"),
                rs.getDouble("lat"),
                rs.getDouble("lon"),
                CityRows.integer(rs, "member_since"));
    }

    private static CityProfile profile(ResultSet rs, int row) throws SQLException {
        return new CityProfile(
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("official_name"),
                rs.getString("ags"),
                rs.getString("state"),
                stateName(rs.getString("state")),
                rs.getString("region"),
                rs.getString("region_slug"),
                CityRows.integer(rs, "population"),
                rs.getDouble("lat"),
                rs.getDouble("lon"),
                CityRows.integer(rs, "member_since"),
                rs.getString("profile"),
                rs.getString("office_name"),
                rs.getString("office_email"),
                rs.getString("office_phone"),
                CityRows.topics(rs),
                rs.getInt("version"),
                List.of());
    }
}
