package de.gemeinsinn.accounts.domain;

import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which scope each role needs: none for network admins and members, a slug or id otherwise. */
public final class Scopes {

    private static final Pattern SCOPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private Scopes() {}

    /** The role with a cleaned-up scope, or empty when the scope does not fit the role. */
    public static Optional<ScopedRole> of(Role role, String scope) {
        String s = scope == null ? "" : scope.trim().toLowerCase(java.util.Locale.ROOT);
        boolean unscoped = role == Role.NETWORK_ADMIN || role == Role.MEMBER;
        if (unscoped) {
            return s.isEmpty() ? Optional.of(ScopedRole.of(role)) : Optional.empty();
        }
        return SCOPE.matcher(s).matches() ? Optional.of(new ScopedRole(role, s)) : Optional.empty();
    }
}
