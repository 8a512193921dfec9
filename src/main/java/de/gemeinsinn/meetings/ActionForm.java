package de.gemeinsinn.meetings;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The action item form: what, who (a member, or nobody yet), by when, status, from which meeting/decision. */
record ActionForm(String title, String ownerId, String dueOn, String status, String meetingId, String decisionId) {

    record Input(String title, UUID ownerId, LocalDate dueOn, WorkStatus status, UUID meetingId, UUID decisionId) {}

    static ActionForm empty(UUID meetingId) {
        return new ActionForm("", "", "", "OPEN", meetingId == null ? "" : meetingId.toString(), "");
    }

    static ActionForm of(ActionItem a) {
        return new ActionForm(
                a.title(),
                a.ownerId() == null ? "" : a.ownerId().toString(),
                a.dueOn() == null ? "" : a.dueOn().toString(),
                a.status().name(),
                a.meetingId() == null ? "" : a.meetingId().toString(),
                a.decisionId() == null ? "" : a.decisionId().toString());
    }

    /** {@code members}: who may own an action of this group. */
    Input check(FieldErrors errors, Set<UUID> members) {
        String t = FieldErrors.clean(title);
        if (t.isEmpty()) {
            errors.add("title", "meetings.error.actionTitle");
        } else if (t.length() > 300) {
            errors.add("title", "meetings.error.tooLong");
        }
        UUID owner = uuid(ownerId, "ownerId", errors);
        if (owner != null && !members.contains(owner)) {
            errors.add("ownerId", "meetings.error.owner");
        }
        LocalDate due = null;
        if (!FieldErrors.clean(dueOn).isEmpty()) {
            due = Berlin.parseDate(dueOn);
            if (due == null || due.getYear() < 2000 || due.getYear() > 2100) {
                errors.add("dueOn", "meetings.error.date");
            }
        }
        WorkStatus s = WorkStatus.parse(status);
        if (s == null) {
            errors.add("status", "meetings.error.status");
        }
        UUID meeting = uuid(meetingId, "meetingId", errors);
        UUID decision = uuid(decisionId, "decisionId", errors);
        return errors.any() ? null : new Input(t, owner, due, s, meeting, decision);
    }

    private static UUID uuid(String value, String field, FieldErrors errors) {
        String v = FieldErrors.clean(value);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            errors.add(field, "meetings.error.choice");
            return null;
        }
    }
}
