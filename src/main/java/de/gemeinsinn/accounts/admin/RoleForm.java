package de.gemeinsinn.accounts.admin;

import de.gemeinsinn.accounts.domain.Scopes;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** Role and scope as chosen in a form. */
record RoleForm(
        @NotBlank(message = "{accounts.validation.role}") String role, String scope) {

    static RoleForm empty() {
        return new RoleForm(null, "");
    }

    /** The scoped role, or a field error on {@code scope} when it does not fit the role. */
    Optional<ScopedRole> scopedRole(BindingResult errors) {
        return scoped(role, scope, errors);
    }

    /** Role names come from a select, so an unknown one is a field error, not a crash. */
    static Optional<ScopedRole> scoped(String roleName, String scope, BindingResult errors) {
        if (roleName == null || roleName.isBlank()) {
            return Optional.empty();
        }
        Optional<Role> role = Arrays.stream(Role.values())
                .filter(r -> r.name().equals(roleName))
                .findFirst();
        if (role.isEmpty()) {
            errors.rejectValue("role", "accounts.validation.role");
            return Optional.empty();
        }
        Optional<ScopedRole> scoped = Scopes.of(role.get(), scope);
        if (scoped.isEmpty()) {
            errors.rejectValue("scope", "accounts.validation.scope");
        }
        return scoped;
    }
}
