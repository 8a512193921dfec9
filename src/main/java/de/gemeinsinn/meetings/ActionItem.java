package de.gemeinsinn.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** Something a group set out to do: what, who, by when. */
record ActionItem(
        UUID id,
        UUID groupId,
        String title,
        UUID ownerId,
        LocalDate dueOn,
        WorkStatus status,
        UUID meetingId,
        UUID decisionId) {

    /** Still open and the due date has passed (Europe/Berlin). */
    public boolean overdue() {
        return status.isOpen() && dueOn != null && dueOn.isBefore(Berlin.today());
    }

    public String dueText() {
        return Berlin.date(dueOn);
    }

    public String path(String groupSlug) {
        return "/gruppen/" + groupSlug + "/aufgaben/" + id;
    }
}
