package de.gemeinsinn.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A decision, numbered per group. Vote counts only for {@link DecisionMethod#VOTE}. */
record Decision(
        UUID id,
        UUID groupId,
        int number,
        String text,
        DecisionMethod method,
        Integer votesYes,
        Integer votesNo,
        Integer votesAbstain,
        WorkStatus status,
        UUID meetingId,
        LocalDate decidedOn) {

    public String decidedOnText() {
        return Berlin.date(decidedOn);
    }

    public String path(String groupSlug) {
        return "/gruppen/" + groupSlug + "/beschluesse/" + number;
    }

    /** The first line, at most 120 characters, for lists and titles. */
    public String headline() {
        String first = text.strip().lines().findFirst().orElse("");
        return first.length() > 120 ? first.substring(0, 119) + "…" : first;
    }
}
