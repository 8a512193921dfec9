package de.gemeinsinn.organisations;

import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an organisation, in one place. Managers maintain their organisation; the
 * coordinators of its city and network admins may maintain and review every organisation of the
 * city. Pending and rejected organisations are seen only by those. Fails closed.
 */
@Component
class OrganisationPermissions {

    private final Access access;
    private final Organisations organisations;

    OrganisationPermissions(Access access, Organisations organisations) {
        this.access = access;
        this.organisations = organisations;
    }

    boolean canReview(String citySlug) {
        return access.canManageCity(citySlug);
    }

    void requireReview(String citySlug) {
        access.requireUser();
        if (!canReview(citySlug)) {
            throw new AccessDeniedException("not a coordinator of " + citySlug);
        }
    }

    boolean canEdit(Organisation o) {
        return access.currentUser().map(u -> canEdit(o, u)).orElse(false);
    }

    boolean canEdit(Organisation o, GemeinsinnUser u) {
        return u.isNetworkAdmin()
                || u.has(Role.CITY_COORDINATOR, o.citySlug())
                || u.has(Role.ORG_MANAGER, o.id().toString())
                || organisations.isManager(o.id(), u.personId());
    }

    void requireEdit(Organisation o) {
        access.requireUser();
        if (!canEdit(o)) {
            throw new AccessDeniedException("not allowed to edit organisation " + o.slug());
        }
    }

    /** Approved organisations are public; the others only for those who may edit them. */
    boolean canSee(Organisation o) {
        return o.approved() || canEdit(o);
    }

    GemeinsinnUser requireUser() {
        return access.requireUser();
    }
}
