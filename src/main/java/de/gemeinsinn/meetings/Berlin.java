package de.gemeinsinn.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Times are stored as instants and shown and entered in Europe/Berlin. */
final class Berlin {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EE, d.M.yyyy", Locale.GERMAN);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.GERMAN);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);

    private Berlin() {}

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** "Dienstag, 3. März 2026, 18:00–20:00 Uhr". */
    static String span(Instant start, Instant end) {
        LocalDateTime s = LocalDateTime.ofInstant(start, ZONE);
        LocalDateTime e = LocalDateTime.ofInstant(end, ZONE);
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return DAY.format(s) + ", " + TIME.format(s) + "–" + TIME.format(e) + " Uhr";
        }
        return DAY.format(s) + ", " + TIME.format(s) + " Uhr bis " + DAY.format(e) + ", " + TIME.format(e) + " Uhr";
    }

    /** "Di, 3.3.2026, 18:00". */
    static String shortDateTime(Instant at) {
        LocalDateTime t = LocalDateTime.ofInstant(at, ZONE);
        return SHORT_DAY.format(t) + ", " + TIME.format(t);
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    static String isoDate(Instant at) {
        return LocalDate.ofInstant(at, ZONE).toString();
    }

    static String isoTime(Instant at) {
        return TIME.format(LocalDateTime.ofInstant(at, ZONE));
    }

    /** {@code yyyy-MM-dd}, or null when blank or invalid. */
    static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code HH:mm}, or null when blank or invalid. */
    static LocalTime parseTime(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
