package de.gemeinsinn.accounts.admin;

import de.gemeinsinn.accounts.web.ChoosesPassword;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Accepting an invitation with a new account. */
record InvitationForm(
        String token,

        @NotBlank(message = "{accounts.validation.name.required}")
        @Size(max = 100, message = "{accounts.validation.name.size}")
        String displayName,

        @NotBlank(message = "{accounts.validation.password.size}")
        @Size(min = 10, max = 200, message = "{accounts.validation.password.size}")
        String password,

        String passwordRepeat,

        @AssertTrue(message = "{accounts.validation.consent}")
        Boolean privacyConsent)
        implements ChoosesPassword {

    /** An unticked checkbox sends nothing, which means no. */
    InvitationForm {
        privacyConsent = Boolean.TRUE.equals(privacyConsent);
    }
}
