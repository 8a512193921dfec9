package de.gemeinsinn.accounts.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ProfileForm(
        @NotBlank(message = "{accounts.validation.name.required}")
        @Size(max = 100, message = "{accounts.validation.name.size}")
        String displayName) {}
