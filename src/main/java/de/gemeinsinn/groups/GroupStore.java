package de.gemeinsinn.groups;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Groups, memberships, join requests, invitations and links in the {@code groups} schema. */
@Repository
class GroupStore {

    static final String SELECT = """
            SELECT g.id, g.slug, g.city_slug, g.name, g.purpose, g.goals, g.topics, g.quartiere, g.visibility,
                   g.join_policy, g.created_at, g.version
              FROM groups.work_group g
            """;

    /** A membership row with the member's own settings. */
    record Membership(
            UUID groupId,
            UUID personId,
            GroupRole role,
            UUID organisationId,
            String represents,
            boolean namePublic,
            Instant joinedAt) {}

    record JoinRequest(UUID id, UUID groupId, UUID personId, String message, Instant createdAt) {}

    record Invitation(
            UUID id,
            UUID groupId,
            String email,
            GroupRole role,
            Instant createdAt,
            Instant expiresAt,
            Instant acceptedAt) {

        boolean open(Instant now) {
            return acceptedAt == null && expiresAt.isAfter(now);
        }
    }

    record Link(UUID id, UUID groupId, String title, String url) {}

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- groups

    Optional<Group> bySlug(String slug) {
        return jdbc.sql(SELECT + " WHERE g.slug = ?")
                .param(slug)
                .query(GroupStore::map)
                .optional();
    }

    Optional<Group> byId(UUID id) {
        return jdbc.sql(SELECT + " WHERE g.id = ?")
                .param(id)
                .query(GroupStore::map)
                .optional();
    }

    List<Group> ofCity(String citySlug) {
        if (citySlug == null) {
            return jdbc.sql(SELECT + " WHERE g.city_slug IS NULL ORDER BY g.name")
                    .query(GroupStore::map)
                    .list();
        }
        return jdbc.sql(SELECT + " WHERE g.city_slug = ? ORDER BY g.name")
                .param(citySlug)
                .query(GroupStore::map)
                .list();
    }

    List<Group> publicGroups() {
        return jdbc.sql(SELECT + " WHERE g.visibility = 'PUBLIC' ORDER BY g.slug")
                .query(GroupStore::map)
                .list();
    }

    /** Slugs of the cities that have at least one public group, ordered. */
    List<String> citiesWithPublicGroups() {
        return jdbc.sql("SELECT DISTINCT city_slug FROM groups.work_group WHERE visibility = 'PUBLIC' "
                        + "AND city_slug IS NOT NULL ORDER BY city_slug")
                .query(String.class)
                .list();
    }

    boolean slugExists(String slug) {
        return jdbc.sql("SELECT count(*) FROM groups.work_group WHERE slug = ?")
                        .param(slug)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(Group g, UUID createdBy) {
        jdbc.sql("""
                        INSERT INTO groups.work_group (id, slug, city_slug, name, purpose, goals, topics, quartiere,
                            visibility, join_policy, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        g.id(),
                        g.slug(),
                        g.citySlug(),
                        g.name(),
                        g.purpose(),
                        g.goals(),
                        g.topics().toArray(String[]::new),
                        g.quartiere().toArray(String[]::new),
                        g.visibility().name(),
                        g.joinPolicy().name(),
                        createdBy,
                        Timestamp.from(g.createdAt()))
                .update();
    }

    /** False when the group changed since {@code g.version()} was read. */
    boolean update(Group g) {
        return jdbc.sql("""
                                UPDATE groups.work_group SET name = ?, purpose = ?, goals = ?, topics = ?, quartiere = ?,
                                    visibility = ?, join_policy = ?, updated_at = now(), version = version + 1
                                 WHERE id = ? AND version = ?
                                """)
                        .params(
                                g.name(),
                                g.purpose(),
                                g.goals(),
                                g.topics().toArray(String[]::new),
                                g.quartiere().toArray(String[]::new),
                                g.visibility().name(),
                                g.joinPolicy().name(),
                                g.id(),
                                g.version())
                        .update()
                == 1;
    }

    // ---- memberships

    List<Membership> members(UUID groupId) {
        return jdbc.sql(
                        "SELECT group_id, person_id, role, organisation_id, represents, name_shown, joined_at FROM groups.membership "
                                + "WHERE group_id = ?")
                .param(groupId)
                .query(GroupStore::membership)
                .list();
    }

    Optional<Membership> membership(UUID groupId, UUID personId) {
        return jdbc.sql(
                        "SELECT group_id, person_id, role, organisation_id, represents, name_shown, joined_at FROM groups.membership "
                                + "WHERE group_id = ? AND person_id = ?")
                .params(groupId, personId)
                .query(GroupStore::membership)
                .optional();
    }

    List<Membership> membershipsOf(UUID personId) {
        return jdbc.sql(
                        "SELECT group_id, person_id, role, organisation_id, represents, name_shown, joined_at FROM groups.membership "
                                + "WHERE person_id = ?")
                .param(personId)
                .query(GroupStore::membership)
                .list();
    }

    /** Adds the person, or keeps an existing membership as it is; true when added. */
    boolean addMember(UUID groupId, UUID personId, GroupRole role) {
        return jdbc.sql("INSERT INTO groups.membership (group_id, person_id, role) VALUES (?, ?, ?) "
                                + "ON CONFLICT DO NOTHING")
                        .params(groupId, personId, role.name())
                        .update()
                == 1;
    }

    void setRole(UUID groupId, UUID personId, GroupRole role) {
        jdbc.sql("UPDATE groups.membership SET role = ? WHERE group_id = ? AND person_id = ?")
                .params(role.name(), groupId, personId)
                .update();
    }

    void setSettings(UUID groupId, UUID personId, boolean namePublic, UUID organisationId, String represents) {
        jdbc.sql("UPDATE groups.membership SET name_shown = ?, organisation_id = ?, represents = ? "
                        + "WHERE group_id = ? AND person_id = ?")
                .params(namePublic ? "PUBLIC" : "MEMBERS", organisationId, represents, groupId, personId)
                .update();
    }

    boolean removeMember(UUID groupId, UUID personId) {
        return jdbc.sql("DELETE FROM groups.membership WHERE group_id = ? AND person_id = ?")
                        .params(groupId, personId)
                        .update()
                == 1;
    }

    /** Number of members per group, in one query. */
    java.util.Map<UUID, Integer> memberCounts(java.util.Collection<UUID> groupIds) {
        java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT group_id, count(*) AS n FROM groups.membership WHERE group_id = ANY(?) GROUP BY group_id")
                .param(groupIds.toArray(UUID[]::new))
                .query((rs, i) -> counts.put(rs.getObject("group_id", UUID.class), rs.getInt("n")))
                .list();
        return counts;
    }

    int leads(UUID groupId) {
        return jdbc.sql("SELECT count(*) FROM groups.membership WHERE group_id = ? AND role = 'LEAD'")
                .param(groupId)
                .query(Integer.class)
                .single();
    }

    // ---- join requests

    List<JoinRequest> requests(UUID groupId) {
        return jdbc.sql("SELECT id, group_id, person_id, message, created_at FROM groups.join_request "
                        + "WHERE group_id = ? ORDER BY created_at")
                .param(groupId)
                .query(GroupStore::request)
                .list();
    }

    int requestCount(UUID groupId) {
        return jdbc.sql("SELECT count(*) FROM groups.join_request WHERE group_id = ?")
                .param(groupId)
                .query(Integer.class)
                .single();
    }

    Optional<JoinRequest> request(UUID id) {
        return jdbc.sql("SELECT id, group_id, person_id, message, created_at FROM groups.join_request WHERE id = ?")
                .param(id)
                .query(GroupStore::request)
                .optional();
    }

    boolean hasRequest(UUID groupId, UUID personId) {
        return jdbc.sql("SELECT count(*) FROM groups.join_request WHERE group_id = ? AND person_id = ?")
                        .params(groupId, personId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** True when this is a new request, false when an open one only got the new message. */
    boolean addRequest(UUID groupId, UUID personId, String message) {
        return jdbc.sql("INSERT INTO groups.join_request (group_id, person_id, message) VALUES (?, ?, ?) "
                        + "ON CONFLICT (group_id, person_id) DO UPDATE SET message = EXCLUDED.message "
                        + "RETURNING (xmax = 0)")
                .params(groupId, personId, message)
                .query(Boolean.class)
                .single();
    }

    void deleteRequest(UUID id) {
        jdbc.sql("DELETE FROM groups.join_request WHERE id = ?").param(id).update();
    }

    List<JoinRequest> requestsOf(UUID personId) {
        return jdbc.sql("SELECT id, group_id, person_id, message, created_at FROM groups.join_request "
                        + "WHERE person_id = ?")
                .param(personId)
                .query(GroupStore::request)
                .list();
    }

    // ---- invitations

    void addInvitation(UUID groupId, String email, GroupRole role, String tokenHash, UUID by, Instant expires) {
        jdbc.sql("INSERT INTO groups.invitation (group_id, email, role, token_hash, invited_by, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(groupId, email, role.name(), tokenHash, by, Timestamp.from(expires))
                .update();
    }

    Optional<Invitation> invitationByHash(String tokenHash) {
        return jdbc.sql("SELECT id, group_id, email, role, created_at, expires_at, accepted_at FROM groups.invitation "
                        + "WHERE token_hash = ?")
                .param(tokenHash)
                .query(GroupStore::invitation)
                .optional();
    }

    List<Invitation> openInvitations(UUID groupId) {
        return jdbc.sql("SELECT id, group_id, email, role, created_at, expires_at, accepted_at FROM groups.invitation "
                        + "WHERE group_id = ? AND accepted_at IS NULL AND expires_at > now() ORDER BY created_at")
                .param(groupId)
                .query(GroupStore::invitation)
                .list();
    }

    /** Marks the invitation used; false when it was used already (a second click, a race). */
    boolean acceptInvitation(UUID id, UUID personId) {
        return jdbc.sql("UPDATE groups.invitation SET accepted_at = now(), accepted_by = ? "
                                + "WHERE id = ? AND accepted_at IS NULL")
                        .params(personId, id)
                        .update()
                == 1;
    }

    void deleteInvitation(UUID groupId, UUID id) {
        jdbc.sql("DELETE FROM groups.invitation WHERE id = ? AND group_id = ?")
                .params(id, groupId)
                .update();
    }

    // ---- links

    List<Link> links(UUID groupId) {
        return jdbc.sql(
                        "SELECT id, group_id, title, url FROM groups.link WHERE group_id = ? ORDER BY position, added_at")
                .param(groupId)
                .query((rs, i) -> new Link(
                        rs.getObject("id", UUID.class),
                        rs.getObject("group_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("url")))
                .list();
    }

    void addLink(UUID groupId, String title, String url, UUID by) {
        jdbc.sql("INSERT INTO groups.link (group_id, title, url, position, added_by) VALUES (?, ?, ?, "
                        + "(SELECT COALESCE(max(position), 0) + 1 FROM groups.link WHERE group_id = ?), ?)")
                .params(groupId, title, url, groupId, by)
                .update();
    }

    boolean removeLink(UUID groupId, UUID id) {
        return jdbc.sql("DELETE FROM groups.link WHERE id = ? AND group_id = ?")
                        .params(id, groupId)
                        .update()
                == 1;
    }

    // ---- erasure

    /** Removes everything that points to the person; links they added stay, without the name. */
    void forget(UUID personId) {
        jdbc.sql("DELETE FROM groups.membership WHERE person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("DELETE FROM groups.join_request WHERE person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("UPDATE groups.invitation SET invited_by = NULL WHERE invited_by = ?")
                .param(personId)
                .update();
        // an accepted invitation holds the person's address: it has served its purpose
        jdbc.sql("DELETE FROM groups.invitation WHERE accepted_by = ?")
                .param(personId)
                .update();
        jdbc.sql("UPDATE groups.work_group SET created_by = NULL WHERE created_by = ?")
                .param(personId)
                .update();
        jdbc.sql("UPDATE groups.link SET added_by = NULL WHERE added_by = ?")
                .param(personId)
                .update();
    }

    static Group map(ResultSet rs, int row) throws SQLException {
        return new Group(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("city_slug"),
                rs.getString("name"),
                rs.getString("purpose"),
                rs.getString("goals"),
                strings(rs.getArray("topics")),
                strings(rs.getArray("quartiere")),
                GroupVisibility.valueOf(rs.getString("visibility")),
                JoinPolicy.valueOf(rs.getString("join_policy")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Membership membership(ResultSet rs, int row) throws SQLException {
        return new Membership(
                rs.getObject("group_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                GroupRole.valueOf(rs.getString("role")),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("represents"),
                "PUBLIC".equals(rs.getString("name_shown")),
                rs.getTimestamp("joined_at").toInstant());
    }

    private static JoinRequest request(ResultSet rs, int row) throws SQLException {
        return new JoinRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("group_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("message"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new Invitation(
                rs.getObject("id", UUID.class),
                rs.getObject("group_id", UUID.class),
                rs.getString("email"),
                GroupRole.valueOf(rs.getString("role")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                accepted == null ? null : accepted.toInstant());
    }
}
