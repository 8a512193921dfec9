package de.gemeinsinn.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Date formatting for the templates ({@code @eventDates}), always in Europe/Berlin. */
@Component("eventDates")
class EventDates {

    public String iso(Instant i) {
        return i == null ? "" : i.atZone(Event.ZONE).toOffsetDateTime().toString();
    }

    public String isoDate(LocalDate d) {
        return d.toString();
    }

    /** "Freitag, 16. Mai 2025, 10:00 Uhr" or "Friday, 16 May 2025, 10:00". */
    public String dateTime(Instant i, Locale locale) {
        return i == null ? "" : pattern(locale, true).format(i.atZone(Event.ZONE));
    }

    public String date(Instant i, Locale locale) {
        return i == null ? "" : pattern(locale, false).format(i.atZone(Event.ZONE));
    }

    /** "16. Mai 2025, 10:00–16:30 Uhr", or with both dates when it spans days. */
    public String range(Instant start, Instant end, Locale locale) {
        ZonedDateTime s = start.atZone(Event.ZONE);
        ZonedDateTime e = end.atZone(Event.ZONE);
        boolean en = "en".equals(locale.getLanguage());
        DateTimeFormatter time = DateTimeFormatter.ofPattern(en ? "HH:mm" : "HH:mm 'Uhr'", locale);
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return pattern(locale, false).format(s) + ", "
                    + DateTimeFormatter.ofPattern("HH:mm", locale).format(s) + "–" + time.format(e);
        }
        return pattern(locale, true).format(s) + " – " + pattern(locale, true).format(e);
    }

    public String month(LocalDate d, Locale locale) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(d);
    }

    private static DateTimeFormatter pattern(Locale locale, boolean withTime) {
        boolean en = "en".equals(locale.getLanguage());
        String p = en ? "EEEE, d MMMM yyyy" : "EEEE, d. MMMM yyyy";
        if (withTime) {
            p += en ? ", HH:mm" : ", HH:mm 'Uhr'";
        }
        return DateTimeFormatter.ofPattern(p, en ? Locale.ENGLISH : Locale.GERMAN);
    }
}
