package de.gemeinsinn.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A new date poll: title, place or link and up to {@link #ROWS} proposed times (day, from, until). */
record PollForm(String title, String place, String onlineUrl, List<String> day, List<String> from, List<String> until) {

    static final int ROWS = 6;

    record Input(String title, String place, String onlineUrl, List<Instant[]> options) {}

    static PollForm empty() {
        List<String> days = new ArrayList<>();
        List<String> froms = new ArrayList<>();
        List<String> untils = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            days.add(i < 3 ? Berlin.today().plusDays(7 + i).toString() : "");
            froms.add(i < 3 ? "18:00" : "");
            untils.add(i < 3 ? "20:00" : "");
        }
        return new PollForm("", "", "", days, froms, untils);
    }

    public String dayAt(int i) {
        return at(day, i);
    }

    public String fromAt(int i) {
        return at(from, i);
    }

    public String untilAt(int i) {
        return at(until, i);
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() && list.get(i) != null ? list.get(i) : "";
    }

    public List<Integer> rows() {
        return java.util.stream.IntStream.range(0, ROWS).boxed().toList();
    }

    Input check(FieldErrors errors) {
        String t = FieldErrors.clean(title);
        if (t.isEmpty()) {
            errors.add("title", "meetings.error.title");
        } else if (t.length() > 160) {
            errors.add("title", "meetings.error.tooLong");
        }
        MeetingForm.checkRest(errors, place, onlineUrl, List.of());
        List<Instant[]> options = new ArrayList<>();
        boolean broken = false;
        for (int i = 0; i < ROWS; i++) {
            String d = dayAt(i).strip();
            String f = fromAt(i).strip();
            String u = untilAt(i).strip();
            if (d.isEmpty() && f.isEmpty() && u.isEmpty()) {
                continue;
            }
            LocalDate date = Berlin.parseDate(d);
            LocalTime start = Berlin.parseTime(f);
            LocalTime end = Berlin.parseTime(u);
            if (date == null || start == null || end == null || !end.isAfter(start) || date.getYear() > 2100) {
                broken = true;
                continue;
            }
            options.add(new Instant[] {Berlin.instant(date, start), Berlin.instant(date, end)});
        }
        if (broken) {
            errors.add("day", "meetings.error.pollRow");
        } else if (options.size() < 2) {
            errors.add("day", "meetings.error.pollTwo");
        }
        return errors.any() ? null : new Input(t, FieldErrors.clean(place), FieldErrors.clean(onlineUrl), options);
    }
}
