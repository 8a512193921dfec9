package de.gemeinsinn.accounts.tokens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** Name and optional last day (yyyy-MM-dd, as sent by {@code <input type="date">}) of a new token. */
record TokenForm(
        @NotBlank(message = "{accounts.validation.tokenName}")
        @Size(max = 100, message = "{accounts.validation.tokenName}")
        String name,

        String expiresOn) {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /**
     * The end of the chosen day in Berlin, empty for no expiry. Unreadable or past dates add a
     * field error.
     */
    Optional<Instant> expiry(BindingResult errors) {
        if (expiresOn == null || expiresOn.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(expiresOn.trim());
            if (!day.isAfter(LocalDate.now(BERLIN))) {
                errors.rejectValue("expiresOn", "accounts.validation.expiry");
            }
            return Optional.of(day.plusDays(1).atStartOfDay(BERLIN).toInstant());
        } catch (DateTimeParseException e) {
            errors.rejectValue("expiresOn", "accounts.validation.date");
            return Optional.empty();
        }
    }
}
