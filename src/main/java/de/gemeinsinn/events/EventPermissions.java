package de.gemeinsinn.events;

import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what, in one place. Creating: network admins (any event) and city coordinators (the
 * events of their cities). Organising an existing event: {@link JdbcEventCatalog#canOrganise}.
 * Fails closed.
 */
@Component("eventPermissions")
class EventPermissions {

    private final Access access;
    private final JdbcEventCatalog catalog;

    EventPermissions(Access access, JdbcEventCatalog catalog) {
        this.access = access;
        this.catalog = catalog;
    }

    boolean canOrganise(Event e) {
        return access.currentUser().map(u -> catalog.canOrganise(e, u)).orElse(false);
    }

    void requireOrganiser(Event e) {
        access.requireUser(); // anonymous visitors are sent to the login page
        if (!canOrganise(e)) {
            throw new AccessDeniedException("not an organiser of " + e.slug());
        }
    }

    /** May create an event for this city (null: a network event). */
    boolean canCreate(String citySlug) {
        return citySlug == null ? access.isNetworkAdmin() : access.canManageCity(citySlug);
    }

    boolean canCreateAny() {
        return access.isNetworkAdmin() || !coordinatedCities().isEmpty();
    }

    void requireCreateAny() {
        access.requireUser();
        if (!canCreateAny()) {
            throw new AccessDeniedException("no events role");
        }
    }

    /** Cities the current person coordinates (empty for network admins without city role). */
    List<String> coordinatedCities() {
        return access.currentUser().map(GemeinsinnUser::roles).orElseGet(java.util.Set::of).stream()
                .filter(r -> r.role() == Role.CITY_COORDINATOR)
                .map(ScopedRole::scope)
                .sorted()
                .toList();
    }

    boolean isNetworkAdmin() {
        return access.isNetworkAdmin();
    }

    java.util.Optional<GemeinsinnUser> currentUser() {
        return access.currentUser();
    }
}
