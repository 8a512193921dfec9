package de.gemeinsinn.accounts.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** The address of a new coordinator for a city. */
record CoordinatorForm(
        @NotBlank(message = "{accounts.validation.email.required}")
        @Email(message = "{accounts.validation.email.invalid}")
        String email) {}
