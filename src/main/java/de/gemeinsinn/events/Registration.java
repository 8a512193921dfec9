package de.gemeinsinn.events;

import java.time.Instant;
import java.util.UUID;

/** A registration as stored. Needs (accessibility, diet) are for organisers only. */
record Registration(
        UUID id,
        UUID eventId,
        String name,
        String email,
        String citySlug,
        String organisation,
        String accessibilityNeeds,
        String dietaryWishes,
        boolean showInList,
        String consentVersion,
        Instant consentedAt,
        UUID personId,
        RegistrationStatus status,
        Long queueNo,
        Instant checkedInAt,
        Instant createdAt) {

    RegistrationRef ref() {
        return new RegistrationRef(id, eventId, name, email, personId, status);
    }

    public boolean active() {
        return status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.WAITLISTED;
    }

    static String emailKey(String email) {
        return email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
