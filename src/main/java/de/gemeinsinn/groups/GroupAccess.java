package de.gemeinsinn.groups;

import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The web side of the group rules in {@link JdbcGroupDirectory}: find a group the current visitor
 * may see, require that they may manage it. Anonymous visitors of an internal group are sent to
 * the login page, signed-in strangers get 403.
 */
@Component
class GroupAccess {

    private final Access access;
    private final GroupStore store;
    private final JdbcGroupDirectory directory;

    GroupAccess(Access access, GroupStore store, JdbcGroupDirectory directory) {
        this.access = access;
        this.store = store;
        this.directory = directory;
    }

    GemeinsinnUser user() {
        return access.currentUser().orElse(null);
    }

    GemeinsinnUser requireUser() {
        return access.requireUser();
    }

    Group find(String slug) {
        return store.bySlug(slug).orElseThrow(() -> new NotFoundException("Gruppe " + slug));
    }

    /** The group, if the current visitor may read it. */
    Group requireRead(String slug) {
        Group g = find(slug);
        if (!directory.canRead(g.ref(), user())) {
            access.requireUser(); // anonymous: to the login page
            throw new AccessDeniedException("group " + slug + " is internal");
        }
        return g;
    }

    /** The group, if the current visitor may manage it (leads, the city's coordinators, admins). */
    Group requireManage(String slug) {
        Group g = find(slug);
        access.requireUser();
        if (!canManage(g)) {
            throw new AccessDeniedException("not allowed to manage group " + slug);
        }
        return g;
    }

    boolean canManage(Group g) {
        return directory.canManage(g.ref(), user());
    }

    boolean canSeeInternals(Group g) {
        return directory.canSeeInternals(g.ref(), user());
    }

    /** Creating groups: the coordinators of that city; network-level groups only network admins. */
    boolean canCreate(String citySlugOrNull) {
        return citySlugOrNull == null ? access.isNetworkAdmin() : access.canManageCity(citySlugOrNull);
    }

    static boolean canCreate(String citySlugOrNull, GemeinsinnUser user) {
        if (user == null) {
            return false;
        }
        return citySlugOrNull == null
                ? user.isNetworkAdmin()
                : user.isNetworkAdmin()
                        || user.has(de.gemeinsinn.platform.security.Role.CITY_COORDINATOR, citySlugOrNull);
    }

    boolean canCreateAny() {
        return access.currentUser()
                .map(u -> u.isNetworkAdmin()
                        || u.roles().stream()
                                .anyMatch(r -> r.role() == de.gemeinsinn.platform.security.Role.CITY_COORDINATOR))
                .orElse(false);
    }
}
