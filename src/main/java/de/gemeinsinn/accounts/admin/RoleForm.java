package de.gemeinsinn.accounts.admin;

import de.gemeinsinn.accounts.domain.Scopes;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** Role and scope as chosen in a form. */
record RoleForm(
        @NotNull(message = "{accounts.validation.role}") Role role, String scope) {

    static RoleForm empty() {
        return new RoleForm(null, "");
    }

    /** The scoped role, or a field error on {@code scope} when it does not fit the role. */
    Optional<ScopedRole> scopedRole(BindingResult errors) {
        return scoped(role, scope, errors);
    }

    static Optional<ScopedRole> scoped(Role role, String scope, BindingResult errors) {
        if (role == null) {
            return Optional.empty();
        }
        Optional<ScopedRole> scoped = Scopes.of(role, scope);
        if (scoped.isEmpty()) {
            errors.rejectValue("scope", "accounts.validation.scope");
        }
        return scoped;
    }
}
