package de.gemeinsinn.accounts.password;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

record ForgotPasswordForm(
        @NotBlank(message = "{accounts.validation.email.required}")
        @Email(message = "{accounts.validation.email.invalid}")
        String email) {}
