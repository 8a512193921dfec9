package de.gemeinsinn.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * The meeting form: date and times in Europe/Berlin; agenda one point per line (new meetings);
 * {@code offered}: ids of open action items to put on the agenda.
 */
record MeetingForm(
        String title,
        String date,
        String startTime,
        String endTime,
        String place,
        String onlineUrl,
        String agenda,
        List<String> offered) {

    static MeetingForm empty() {
        LocalDate next = Berlin.today().plusWeeks(1);
        return new MeetingForm("", next.toString(), "18:00", "20:00", "", "", "", List.of());
    }

    static MeetingForm of(Meeting m) {
        return new MeetingForm(
                m.title(),
                Berlin.isoDate(m.startsAt()),
                Berlin.isoTime(m.startsAt()),
                Berlin.isoTime(m.endsAt()),
                m.place(),
                m.onlineUrl(),
                "",
                List.of());
    }

    public List<String> offeredOrEmpty() {
        return offered == null ? List.of() : offered;
    }

    /** Checks everything; returns the input or null with {@code errors} filled. */
    MeetingInput check(FieldErrors errors) {
        String t = FieldErrors.clean(title);
        if (t.isEmpty()) {
            errors.add("title", "meetings.error.title");
        } else if (t.length() > 160) {
            errors.add("title", "meetings.error.tooLong");
        }
        LocalDate d = Berlin.parseDate(date);
        LocalTime s = Berlin.parseTime(startTime);
        LocalTime e = Berlin.parseTime(endTime);
        if (d == null) {
            errors.add("date", "meetings.error.date");
        } else if (d.getYear() < 2000 || d.getYear() > 2100) {
            errors.add("date", "meetings.error.dateRange");
        }
        if (s == null) {
            errors.add("startTime", "meetings.error.time");
        }
        if (e == null) {
            errors.add("endTime", "meetings.error.time");
        } else if (s != null && !e.isAfter(s)) {
            errors.add("endTime", "meetings.error.endBeforeStart");
        }
        Instant start = d == null || s == null ? null : Berlin.instant(d, s);
        Instant end = d == null || e == null ? null : Berlin.instant(d, e);
        List<String> items = lines(agenda);
        checkRest(errors, place, onlineUrl, items);
        return errors.any()
                ? null
                : new MeetingInput(t, start, end, FieldErrors.clean(place), FieldErrors.clean(onlineUrl), items);
    }

    static void checkRest(FieldErrors errors, String place, String onlineUrl, List<String> items) {
        String p = FieldErrors.clean(place);
        String u = FieldErrors.clean(onlineUrl);
        if (p.isEmpty() && u.isEmpty()) {
            errors.add("place", "meetings.error.placeOrLink");
        } else if (p.length() > 200) {
            errors.add("place", "meetings.error.tooLong");
        }
        if (!FieldErrors.validUrl(u)) {
            errors.add("onlineUrl", "meetings.error.url");
        }
        if (items.size() > 30) {
            errors.add("agenda", "meetings.error.agendaTooMany");
        } else if (items.stream().anyMatch(i -> i.length() > 200)) {
            errors.add("agenda", "meetings.error.agendaTooLong");
        }
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .map(l -> l.replaceFirst("^([-*•]|\\d+[.)])\\s*", ""))
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
