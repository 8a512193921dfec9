package de.gemeinsinn.accounts.admin;

import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** Whom to invite, with which role. */
record InviteForm(
        @NotBlank(message = "{accounts.validation.email.required}")
        @Email(message = "{accounts.validation.email.invalid}")
        String email,

        @NotNull(message = "{accounts.validation.role}") Role role,
        String scope) {

    static InviteForm empty() {
        return new InviteForm("", null, "");
    }

    Optional<ScopedRole> scopedRole(BindingResult errors) {
        return RoleForm.scoped(role, scope, errors);
    }
}
