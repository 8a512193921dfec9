package de.gemeinsinn.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as every module sees it: id, name and scoped roles. */
public record GemeinsinnUser(
        UUID personId, String email, String displayName, String passwordHash, boolean enabled, Set<ScopedRole> roles)
        implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public GemeinsinnUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role, String scope) {
        return roles.contains(new ScopedRole(role, scope));
    }

    public boolean isNetworkAdmin() {
        return roles.contains(ScopedRole.of(Role.NETWORK_ADMIN));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.copyOf(roles);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
