package de.gemeinsinn.accounts.domain;

import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scoped roles people hold, in {@code accounts.role_grant}. */
@Repository
public class RoleGrants {

    /** One grant with who gave it and when, for admin pages and the data export. */
    public record Grant(Role role, String scope, UUID grantedBy, Instant grantedAt) {

        public ScopedRole scopedRole() {
            return new ScopedRole(role, scope);
        }
    }

    private final JdbcClient jdbc;

    RoleGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<ScopedRole> rolesOf(UUID personId) {
        return grantsOf(personId).stream().map(Grant::scopedRole).collect(Collectors.toSet());
    }

    public List<Grant> grantsOf(UUID personId) {
        return jdbc.sql("SELECT role, scope, granted_by, granted_at FROM accounts.role_grant WHERE person_id = ? "
                        + "ORDER BY role, scope")
                .param(personId)
                .query((rs, i) -> new Grant(
                        Role.valueOf(rs.getString("role")),
                        rs.getString("scope"),
                        rs.getObject("granted_by", UUID.class),
                        rs.getTimestamp("granted_at").toInstant()))
                .list();
    }

    /** Idempotent: granting a role twice keeps the first grant. */
    public void grant(UUID personId, ScopedRole role, UUID grantedBy) {
        jdbc.sql("INSERT INTO accounts.role_grant (person_id, role, scope, granted_by, granted_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(personId, role.role().name(), role.scope(), grantedBy, Timestamp.from(Instant.now()))
                .update();
    }

    public boolean revoke(UUID personId, ScopedRole role) {
        return jdbc.sql("DELETE FROM accounts.role_grant WHERE person_id = ? AND role = ? AND scope = ?")
                        .params(personId, role.role().name(), role.scope())
                        .update()
                > 0;
    }

    public long holders(ScopedRole role) {
        return jdbc.sql("SELECT count(*) FROM accounts.role_grant WHERE role = ? AND scope = ?")
                .params(role.role().name(), role.scope())
                .query(Long.class)
                .single();
    }

    /** People holding the role, as ids, e.g. the coordinators of one city. */
    public List<UUID> holdersOf(ScopedRole role) {
        return jdbc.sql("SELECT person_id FROM accounts.role_grant WHERE role = ? AND scope = ?")
                .params(role.role().name(), role.scope())
                .query(UUID.class)
                .list();
    }
}
