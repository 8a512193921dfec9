package de.gemeinsinn.accounts.admin;

import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.accounts.login.Sessions;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Granting and revoking scoped roles. Network admins manage every role; city coordinators only
 * the coordinator role of their own city. Anything else is refused.
 */
@Service
class RoleAdministration {

    /** Refused because the network would be left without an administrator. */
    static class LastAdminException extends RuntimeException {
        LastAdminException() {
            super("the last network admin cannot be removed");
        }
    }

    private final People people;
    private final RoleGrants grants;
    private final Access access;
    private final Sessions sessions;

    RoleAdministration(People people, RoleGrants grants, Access access, Sessions sessions) {
        this.people = people;
        this.grants = grants;
        this.access = access;
        this.sessions = sessions;
    }

    /** Throws {@code AccessDeniedException} unless the current person may hand out this role. */
    void requireMayManage(ScopedRole role) {
        if (role.role() == Role.CITY_COORDINATOR) {
            access.requireCityManager(role.scope());
        } else {
            access.requireNetworkAdmin();
        }
    }

    @Transactional
    void grant(UUID personId, ScopedRole role) {
        requireMayManage(role);
        people.byId(personId).orElseThrow(() -> new NotFoundException("Diese Person gibt es nicht."));
        grants.grant(personId, role, access.requireUser().personId());
    }

    @Transactional
    void revoke(UUID personId, ScopedRole role) {
        requireMayManage(role);
        if (role.role() == Role.NETWORK_ADMIN && grants.holders(role) <= 1) {
            throw new LastAdminException();
        }
        if (grants.revoke(personId, role)) {
            // sessions keep the roles of their login, so the person logs in again without it
            people.byId(personId).ifPresent(p -> sessions.endAllOf(p.email()));
        }
    }
}
