package de.gemeinsinn.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcOrganisationDirectory implements OrganisationDirectory {

    private static final String SELECT =
            "SELECT o.id, o.slug, o.name, o.city_slug, o.type FROM organisations.organisation o ";

    private final JdbcClient jdbc;

    JdbcOrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrganisationRef> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE o.id = ? AND o.status = 'APPROVED'")
                .param(id)
                .query(JdbcOrganisationDirectory::map)
                .optional();
    }

    @Override
    public Map<UUID, OrganisationRef> byIds(Collection<UUID> ids) {
        Map<UUID, OrganisationRef> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql(SELECT + "WHERE o.id = ANY(?) AND o.status = 'APPROVED'")
                .param(ids.stream().distinct().toArray(UUID[]::new))
                .query(JdbcOrganisationDirectory::map)
                .list()
                .forEach(o -> found.put(o.id(), o));
        return found;
    }

    @Override
    public List<OrganisationRef> ofCity(String citySlug) {
        return jdbc.sql(SELECT + "WHERE o.city_slug = ? AND o.status = 'APPROVED' ORDER BY o.name")
                .param(citySlug)
                .query(JdbcOrganisationDirectory::map)
                .list();
    }

    @Override
    public List<OrganisationRef> managedBy(UUID personId) {
        return jdbc.sql(SELECT + "JOIN organisations.manager m ON m.organisation_id = o.id WHERE m.person_id = ? "
                        + "ORDER BY o.name")
                .param(personId)
                .query(JdbcOrganisationDirectory::map)
                .list();
    }

    static OrganisationRef map(ResultSet rs, int row) throws SQLException {
        return new OrganisationRef(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("city_slug"),
                OrganisationType.valueOf(rs.getString("type")));
    }
}
