package de.gemeinsinn.platform.security;

import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;

/** A role held for one scope, e.g. city coordinator of {@code bottrop}. */
public record ScopedRole(Role role, String scope) implements GrantedAuthority {

    public ScopedRole {
        Objects.requireNonNull(role, "role");
        scope = scope == null ? "" : scope;
    }

    public static ScopedRole of(Role role) {
        return new ScopedRole(role, "");
    }

    @Override
    public String getAuthority() {
        return scope.isEmpty() ? role.name() : role.name() + ":" + scope;
    }

    /** Parses the form written by {@link #getAuthority()}. */
    public static ScopedRole parse(String authority) {
        int colon = authority.indexOf(':');
        return colon < 0
                ? new ScopedRole(Role.valueOf(authority), "")
                : new ScopedRole(Role.valueOf(authority.substring(0, colon)), authority.substring(colon + 1));
    }
}
