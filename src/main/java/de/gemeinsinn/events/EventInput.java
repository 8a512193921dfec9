package de.gemeinsinn.events;

import java.time.Instant;

/** A new or changed event, from the form or the API, before validation. */
record EventInput(
        String title,
        String descriptionMarkdown,
        String programmeMarkdown,
        Instant startsAt,
        Instant endsAt,
        String citySlug,
        String regionCode,
        Venue venue,
        String organiserName,
        boolean registrationEnabled,
        Integer capacity,
        Integer perCityQuota,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        boolean cancelled) {}
