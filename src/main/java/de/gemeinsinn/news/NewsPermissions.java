package de.gemeinsinn.news;

import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may write news, in one place: network admins everything, city coordinators the articles
 * of their own cities. Network-office articles (no city) only network admins. Fails closed.
 */
@Component("newsPermissions")
class NewsPermissions {

    private final Access access;

    NewsPermissions(Access access) {
        this.access = access;
    }

    boolean canEdit(String citySlug) {
        return citySlug == null ? access.isNetworkAdmin() : access.canManageCity(citySlug);
    }

    boolean canEdit(Article article) {
        return canEdit(article.citySlug());
    }

    void requireEdit(String citySlug) {
        access.requireUser(); // anonymous visitors are sent to the login page
        if (!canEdit(citySlug)) {
            throw new AccessDeniedException("not allowed to edit news of " + citySlug);
        }
    }

    /** May write at least one kind of article. */
    boolean canWriteAny() {
        return access.isNetworkAdmin() || !coordinatedCities().isEmpty();
    }

    void requireWriteAny() {
        access.requireUser();
        if (!canWriteAny()) {
            throw new AccessDeniedException("no news role");
        }
    }

    /** Slugs of the cities the current person coordinates; null for network admins (all). */
    List<String> coordinatedCities() {
        if (access.isNetworkAdmin()) {
            return null;
        }
        return access.currentUser().map(GemeinsinnUser::roles).orElseGet(java.util.Set::of).stream()
                .filter(r -> r.role() == Role.CITY_COORDINATOR)
                .map(ScopedRole::scope)
                .sorted()
                .toList();
    }

    GemeinsinnUser currentUser() {
        return access.requireUser();
    }
}
