package de.gemeinsinn.groups;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.accounts.PersonDirectory.PersonRef;
import de.gemeinsinn.organisations.OrganisationDirectory;
import de.gemeinsinn.organisations.OrganisationRef;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcGroupDirectory implements GroupDirectory {

    static final String SELECT_REF =
            "SELECT g.id, g.slug, g.name, g.city_slug, g.visibility, g.join_policy FROM groups.work_group g ";

    /** Internal member row before names are attached. */
    record MemberRow(UUID personId, GroupRole role, UUID organisationId, String represents, boolean namePublic) {}

    private final JdbcClient jdbc;
    private final PersonDirectory people;
    private final OrganisationDirectory organisations;

    JdbcGroupDirectory(JdbcClient jdbc, PersonDirectory people, OrganisationDirectory organisations) {
        this.jdbc = jdbc;
        this.people = people;
        this.organisations = organisations;
    }

    @Override
    public Optional<GroupRef> find(UUID groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT_REF + "WHERE g.id = ?")
                .param(groupId)
                .query(JdbcGroupDirectory::ref)
                .optional();
    }

    @Override
    public Optional<GroupRef> findBySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT_REF + "WHERE g.slug = ?")
                .param(slug)
                .query(JdbcGroupDirectory::ref)
                .optional();
    }

    @Override
    public Optional<GroupRole> roleOf(UUID groupId, UUID personId) {
        if (groupId == null || personId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT role FROM groups.membership WHERE group_id = ? AND person_id = ?")
                .params(groupId, personId)
                .query((rs, i) -> GroupRole.valueOf(rs.getString(1)))
                .optional();
    }

    @Override
    public List<GroupMemberRef> members(UUID groupId) {
        List<MemberRow> rows = memberRows(groupId);
        Map<UUID, PersonRef> names =
                people.byIds(rows.stream().map(MemberRow::personId).toList());
        Map<UUID, OrganisationRef> orgs = organisations.byIds(rows.stream()
                .map(MemberRow::organisationId)
                .filter(java.util.Objects::nonNull)
                .toList());
        return rows.stream()
                .filter(r -> names.containsKey(r.personId()))
                .map(r -> new GroupMemberRef(
                        r.personId(),
                        names.get(r.personId()).displayName(),
                        r.role(),
                        orgs.containsKey(r.organisationId())
                                ? orgs.get(r.organisationId()).name()
                                : blankToNull(r.represents()),
                        r.namePublic()))
                .sorted(Comparator.comparing((GroupMemberRef m) -> m.role().ordinal())
                        .thenComparing(GroupMemberRef::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    List<MemberRow> memberRows(UUID groupId) {
        return jdbc.sql("SELECT person_id, role, organisation_id, represents, name_shown FROM groups.membership "
                        + "WHERE group_id = ?")
                .param(groupId)
                .query((rs, i) -> new MemberRow(
                        rs.getObject("person_id", UUID.class),
                        GroupRole.valueOf(rs.getString("role")),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("represents"),
                        "PUBLIC".equals(rs.getString("name_shown"))))
                .list();
    }

    @Override
    public boolean canRead(UUID groupId, GemeinsinnUser userOrNull) {
        return find(groupId).map(g -> canRead(g, userOrNull)).orElse(false);
    }

    boolean canRead(GroupRef group, GemeinsinnUser userOrNull) {
        return group.isPublic() || canSeeInternals(group, userOrNull);
    }

    @Override
    public boolean canSeeInternals(UUID groupId, GemeinsinnUser userOrNull) {
        return find(groupId).map(g -> canSeeInternals(g, userOrNull)).orElse(false);
    }

    boolean canSeeInternals(GroupRef group, GemeinsinnUser userOrNull) {
        if (userOrNull == null) {
            return false;
        }
        return overseesCity(group, userOrNull)
                || roleOf(group.id(), userOrNull.personId()).isPresent();
    }

    @Override
    public boolean canManage(UUID groupId, GemeinsinnUser user) {
        return find(groupId).map(g -> canManage(g, user)).orElse(false);
    }

    boolean canManage(GroupRef group, GemeinsinnUser user) {
        if (user == null) {
            return false;
        }
        if (overseesCity(group, user)
                || user.has(Role.GROUP_LEAD, group.id().toString())
                || user.has(Role.GROUP_LEAD, group.slug())) {
            return true;
        }
        return roleOf(group.id(), user.personId())
                .filter(r -> r == GroupRole.LEAD)
                .isPresent();
    }

    /** Network admins oversee every group; coordinators the groups of their city. */
    static boolean overseesCity(GroupRef group, GemeinsinnUser user) {
        return user.isNetworkAdmin() || (group.citySlug() != null && user.has(Role.CITY_COORDINATOR, group.citySlug()));
    }

    @Override
    public List<GroupRef> groupsOf(UUID personId) {
        return jdbc.sql(SELECT_REF + "JOIN groups.membership m ON m.group_id = g.id WHERE m.person_id = ? "
                        + "ORDER BY g.name")
                .param(personId)
                .query(JdbcGroupDirectory::ref)
                .list();
    }

    @Override
    public List<GroupRef> groupsOfCity(String citySlugOrNull) {
        if (citySlugOrNull == null) {
            return jdbc.sql(SELECT_REF + "WHERE g.city_slug IS NULL ORDER BY g.name")
                    .query(JdbcGroupDirectory::ref)
                    .list();
        }
        return jdbc.sql(SELECT_REF + "WHERE g.city_slug = ? ORDER BY g.name")
                .param(citySlugOrNull)
                .query(JdbcGroupDirectory::ref)
                .list();
    }

    static GroupRef ref(ResultSet rs, int row) throws SQLException {
        return new GroupRef(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("city_slug"),
                GroupVisibility.valueOf(rs.getString("visibility")),
                JoinPolicy.valueOf(rs.getString("join_policy")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
