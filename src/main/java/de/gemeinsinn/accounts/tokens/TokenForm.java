package de.gemeinsinn.accounts.tokens;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record TokenForm(
        @NotBlank(message = "{accounts.validation.tokenName}")
        @Size(max = 100, message = "{accounts.validation.tokenName}")
        String name,

        @Future(message = "{accounts.validation.expiry}") LocalDate expiresOn) {}
