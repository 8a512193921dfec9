package de.gemeinsinn.barcamp;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/** What the BarCamp forms send, kept apart from the stored records; checks give German message keys. */
final class Forms {

    static final int TITLE_MAX = 140;
    static final int DESCRIPTION_MAX = 4000;
    static final int HOSTS_MAX = 200;
    static final int DOC_MAX = 100_000;
    static final int ROOM_NAME_MAX = 80;

    private Forms() {}

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    record Proposal(
            String title,
            String description,
            String hostNames,
            String hostVisibility,
            List<String> needs,
            Boolean selfHosts) {

        static Proposal empty(String name) {
            return new Proposal("", "", name, HostVisibility.ALL.name(), List.of(), true);
        }

        public Set<Feature> needSet() {
            return Feature.parse(needs);
        }

        public boolean hosts() {
            return Boolean.TRUE.equals(selfHosts);
        }

        void validate(Errors errors) {
            required(title, TITLE_MAX, "title", errors);
            if (trim(description).length() > DESCRIPTION_MAX) {
                errors.rejectValue("description", "barcamp.form.tooLong", new Object[] {DESCRIPTION_MAX}, null);
            }
            if (trim(hostNames).length() > HOSTS_MAX) {
                errors.rejectValue("hostNames", "barcamp.form.tooLong", new Object[] {HOSTS_MAX}, null);
            }
        }
    }

    record Room(String name, String capacity, List<String> features) {

        static Room empty() {
            return new Room("", "", List.of());
        }

        public Integer capacityValue() {
            try {
                int c = Integer.parseInt(trim(capacity));
                return c < 0 || c > 100_000 ? null : c;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        void validate(Errors errors) {
            required(name, ROOM_NAME_MAX, "name", errors);
            if (capacityValue() == null) {
                errors.rejectValue("capacity", "barcamp.form.capacity.invalid");
            }
        }
    }

    record Slot(String date, String start, String end) {

        static Slot empty(LocalDate day) {
            return new Slot(day == null ? "" : day.toString(), "", "");
        }

        public LocalDate day() {
            try {
                return LocalDate.parse(trim(date));
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        static LocalTime time(String s) {
            try {
                return LocalTime.parse(trim(s));
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        void validate(Errors errors) {
            if (day() == null) {
                errors.rejectValue("date", "barcamp.form.date.invalid");
            }
            LocalTime s = time(start);
            LocalTime e = time(end);
            if (s == null) {
                errors.rejectValue("start", "barcamp.form.time.invalid");
            }
            if (e == null) {
                errors.rejectValue("end", "barcamp.form.time.invalid");
            } else if (s != null && !e.isAfter(s)) {
                errors.rejectValue("end", "barcamp.form.end.beforeStart");
            }
        }
    }

    record Doc(String notes, String results, Integer version) {

        void validate(Errors errors) {
            if (trim(notes).length() > DOC_MAX) {
                errors.rejectValue("notes", "barcamp.form.tooLong", new Object[] {DOC_MAX}, null);
            }
            if (trim(results).length() > DOC_MAX) {
                errors.rejectValue("results", "barcamp.form.tooLong", new Object[] {DOC_MAX}, null);
            }
            if (version == null) {
                errors.reject("barcamp.doc.versionMissing");
            }
        }
    }

    static void required(String value, int max, String field, Errors errors) {
        String v = trim(value);
        if (v.isEmpty()) {
            errors.rejectValue(field, "barcamp.form.required");
        } else if (v.length() > max) {
            errors.rejectValue(field, "barcamp.form.tooLong", new Object[] {max}, null);
        }
    }
}
