package de.gemeinsinn.accounts.registration;

import de.gemeinsinn.accounts.web.ChoosesPassword;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the registration form sends. */
record RegistrationForm(
        @NotBlank(message = "{accounts.validation.email.required}")
        @Email(message = "{accounts.validation.email.invalid}")
        @Size(max = 254, message = "{accounts.validation.email.invalid}")
        String email,

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
    RegistrationForm {
        privacyConsent = Boolean.TRUE.equals(privacyConsent);
    }

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", false);
    }
}
