package de.gemeinsinn.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** An event as stored. */
record Event(
        UUID id,
        String slug,
        String title,
        String descriptionMarkdown,
        String descriptionHtml,
        String programmeMarkdown,
        String programmeHtml,
        Instant startsAt,
        Instant endsAt,
        String citySlug,
        String regionCode,
        Venue venue,
        String organiserName,
        UUID imageId,
        String imageAlt,
        boolean registrationEnabled,
        int capacity,
        Integer perCityQuota,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        boolean cancelled,
        int icalSequence,
        UUID createdBy,
        Instant updatedAt,
        int version) {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public String url() {
        return "/veranstaltungen/" + slug;
    }

    /** The picture (at most 1600 px wide), or null. */
    public String imageUrl() {
        return EventImageController.url(imageId, false);
    }

    /** The picture 400 px wide, for lists, or null. */
    public String thumbnailUrl() {
        return EventImageController.url(imageId, true);
    }

    public boolean isNetworkEvent() {
        return citySlug == null;
    }

    public OffsetDateTime startsAtLocal() {
        return startsAt.atZone(ZONE).toOffsetDateTime();
    }

    public OffsetDateTime endsAtLocal() {
        return endsAt.atZone(ZONE).toOffsetDateTime();
    }

    public boolean isPast(Instant now) {
        return endsAt.isBefore(now);
    }

    /** Whether the registration window is open now. */
    public RegistrationWindow window(Instant now) {
        if (!registrationEnabled) {
            return RegistrationWindow.NONE;
        }
        if (cancelled) {
            return RegistrationWindow.CANCELLED;
        }
        if (registrationOpensAt != null && now.isBefore(registrationOpensAt)) {
            return RegistrationWindow.NOT_YET;
        }
        Instant closes = registrationClosesAt != null ? registrationClosesAt : startsAt;
        if (!now.isBefore(closes)) {
            return RegistrationWindow.CLOSED;
        }
        return RegistrationWindow.OPEN;
    }

    public EventRef ref() {
        return new EventRef(
                id, slug, title, startsAtLocal(), endsAtLocal(), citySlug, regionCode, venue.name(), cancelled);
    }

    enum RegistrationWindow {
        OPEN,
        NOT_YET,
        CLOSED,
        CANCELLED,
        NONE
    }
}
