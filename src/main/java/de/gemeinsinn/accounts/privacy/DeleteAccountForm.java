package de.gemeinsinn.accounts.privacy;

import jakarta.validation.constraints.NotBlank;

record DeleteAccountForm(
        @NotBlank(message = "{accounts.validation.password.required}")
        String password) {}
