package de.gemeinsinn.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** The decision form; vote counts only when decided by vote. */
record DecisionForm(
        String text,
        String method,
        String votesYes,
        String votesNo,
        String votesAbstain,
        String status,
        String meetingId,
        String decidedOn) {

    /** Checked values. */
    record Input(
            String text,
            DecisionMethod method,
            Integer yes,
            Integer no,
            Integer abstain,
            WorkStatus status,
            UUID meetingId,
            LocalDate decidedOn) {}

    static DecisionForm empty(UUID meetingId) {
        return new DecisionForm(
                "",
                "CONSENSUS",
                "",
                "",
                "",
                "OPEN",
                meetingId == null ? "" : meetingId.toString(),
                Berlin.today().toString());
    }

    static DecisionForm of(Decision d) {
        return new DecisionForm(
                d.text(),
                d.method().name(),
                d.votesYes() == null ? "" : d.votesYes().toString(),
                d.votesNo() == null ? "" : d.votesNo().toString(),
                d.votesAbstain() == null ? "" : d.votesAbstain().toString(),
                d.status().name(),
                d.meetingId() == null ? "" : d.meetingId().toString(),
                d.decidedOn().toString());
    }

    Input check(FieldErrors errors) {
        String t = FieldErrors.clean(text);
        if (t.isEmpty()) {
            errors.add("text", "meetings.error.decisionText");
        } else if (t.length() > 4000) {
            errors.add("text", "meetings.error.tooLong");
        }
        DecisionMethod m = null;
        try {
            m = DecisionMethod.valueOf(FieldErrors.clean(method));
        } catch (IllegalArgumentException e) {
            errors.add("method", "meetings.error.method");
        }
        Integer y = null;
        Integer n = null;
        Integer a = null;
        if (m == DecisionMethod.VOTE) {
            y = count(votesYes, "votesYes", errors);
            n = count(votesNo, "votesNo", errors);
            a = count(votesAbstain, "votesAbstain", errors);
        }
        WorkStatus s = WorkStatus.parse(status);
        if (s == null) {
            errors.add("status", "meetings.error.status");
        }
        LocalDate d = Berlin.parseDate(decidedOn);
        if (d == null) {
            errors.add("decidedOn", "meetings.error.date");
        }
        UUID meeting = null;
        String mid = FieldErrors.clean(meetingId);
        if (!mid.isEmpty()) {
            try {
                meeting = UUID.fromString(mid);
            } catch (IllegalArgumentException e) {
                errors.add("meetingId", "meetings.error.meeting");
            }
        }
        return errors.any() ? null : new Input(t, m, y, n, a, s, meeting, d);
    }

    private static Integer count(String value, String field, FieldErrors errors) {
        String v = FieldErrors.clean(value);
        try {
            int i = Integer.parseInt(v);
            if (i < 0 || i > 100000) {
                errors.add(field, "meetings.error.count");
                return null;
            }
            return i;
        } catch (NumberFormatException e) {
            errors.add(field, "meetings.error.count");
            return null;
        }
    }
}
