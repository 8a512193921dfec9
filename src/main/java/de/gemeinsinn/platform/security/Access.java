package de.gemeinsinn.platform.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where modules ask "may the current person do this?". Every check fails closed:
 * no authentication, an unknown principal or a missing role all mean no.
 */
@Component("access")
public class Access {

    public Optional<GemeinsinnUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof GemeinsinnUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public GemeinsinnUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("login required"));
    }

    public boolean isNetworkAdmin() {
        return currentUser().map(GemeinsinnUser::isNetworkAdmin).orElse(false);
    }

    /** Network admins and the coordinators of that city. */
    public boolean canManageCity(String citySlug) {
        return currentUser()
                .map(u -> u.isNetworkAdmin() || u.has(Role.CITY_COORDINATOR, citySlug))
                .orElse(false);
    }

    public void requireNetworkAdmin() {
        if (!isNetworkAdmin()) {
            throw new AccessDeniedException("network admin required");
        }
    }

    public void requireCityManager(String citySlug) {
        if (!canManageCity(citySlug)) {
            throw new AccessDeniedException("city coordinator required");
        }
    }
}
