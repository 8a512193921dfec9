package de.gemeinsinn.events;

import de.gemeinsinn.network.CityRef;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** The organiser form; times are local (Europe/Berlin) {@code datetime-local} values. */
record EventForm(
        String title,
        String description,
        String programme,
        String startsAt,
        String endsAt,
        String citySlug,
        String regionCode,
        String venueName,
        String venueAddress,
        String venuePostcode,
        String venueCity,
        String venueAccessibility,
        String organiserName,
        Boolean registrationEnabled,
        String capacity,
        String perCityQuota,
        String registrationOpensAt,
        String registrationClosesAt,
        Boolean cancelled,
        Integer version) {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static EventForm empty(String citySlug) {
        return new EventForm(
                "",
                "",
                "",
                "",
                "",
                citySlug == null ? "" : citySlug,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                true,
                "30",
                "",
                "",
                "",
                false,
                null);
    }

    static EventForm of(Event e) {
        return new EventForm(
                e.title(),
                e.descriptionMarkdown(),
                e.programmeMarkdown(),
                local(e.startsAt()),
                local(e.endsAt()),
                e.citySlug() == null ? "" : e.citySlug(),
                e.regionCode() == null ? "" : e.regionCode(),
                e.venue().name(),
                e.venue().address(),
                e.venue().postcode(),
                e.venue().city(),
                e.venue().accessibility(),
                e.organiserName(),
                e.registrationEnabled(),
                String.valueOf(e.capacity()),
                e.perCityQuota() == null ? "" : String.valueOf(e.perCityQuota()),
                local(e.registrationOpensAt()),
                local(e.registrationClosesAt()),
                e.cancelled(),
                e.version());
    }

    static String local(Instant i) {
        return i == null ? "" : LOCAL.format(i.atZone(Event.ZONE));
    }

    /** Null for blank; empty Optional with an error for unparseable values. */
    static Optional<Instant> instant(String s, String field, Map<String, String> errors) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(s.trim()).atZone(Event.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            errors.put(field, "Bitte Datum und Uhrzeit angeben, z. B. 2027-09-23T13:00.");
            return Optional.empty();
        }
    }

    static Integer number(String s, String field, Map<String, String> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "Bitte eine ganze Zahl angeben.");
            return null;
        }
    }

    EventInput toInput(Map<String, String> errors, Optional<CityRef> city) {
        String cs = citySlug == null || citySlug.isBlank() ? null : citySlug.trim();
        String rc = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
        Instant start = instant(startsAt, "startsAt", errors).orElse(null);
        Instant end = instant(endsAt, "endsAt", errors).orElse(null);
        return new EventInput(
                title == null ? "" : title,
                description,
                programme,
                start,
                end,
                cs,
                rc,
                new Venue(
                        venueName,
                        venueAddress,
                        venuePostcode,
                        venueCity,
                        venueAccessibility,
                        city.map(CityRef::lat).orElse(null),
                        city.map(CityRef::lon).orElse(null)),
                organiserName,
                Boolean.TRUE.equals(registrationEnabled),
                number(capacity, "capacity", errors),
                number(perCityQuota, "perCityQuota", errors),
                instant(registrationOpensAt, "registrationOpensAt", errors).orElse(null),
                instant(registrationClosesAt, "registrationClosesAt", errors).orElse(null),
                Boolean.TRUE.equals(cancelled));
    }
}
