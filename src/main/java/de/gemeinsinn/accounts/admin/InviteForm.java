package de.gemeinsinn.accounts.admin;

import de.gemeinsinn.platform.security.ScopedRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** Whom to invite, with which role. */
record InviteForm(
        @NotBlank(message = "{accounts.validation.email.required}")
        @Email(message = "{accounts.validation.email.invalid}")
        String email,

        @NotBlank(message = "{accounts.validation.role}") String role,
        String scope) {

    static InviteForm empty() {
        return new InviteForm("", null, "");
    }

    Optional<ScopedRole> scopedRole(BindingResult errors) {
        return RoleForm.scoped(role, scope, errors);
    }
}
