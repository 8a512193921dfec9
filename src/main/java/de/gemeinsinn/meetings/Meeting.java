package de.gemeinsinn.meetings;

import java.time.Instant;
import java.util.UUID;

/** One meeting of a group. */
record Meeting(
        UUID id,
        UUID groupId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineUrl,
        MeetingStatus status,
        int sequence,
        boolean minutesApproved,
        Instant minutesApprovedAt,
        String publicSummary,
        Instant updatedAt) {

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public boolean upcoming() {
        return endsAt.isAfter(Instant.now());
    }

    public String when() {
        return Berlin.span(startsAt, endsAt);
    }

    public String shortWhen() {
        return Berlin.shortDateTime(startsAt);
    }

    public String isoStart() {
        return startsAt.toString();
    }

    public String path(String groupSlug) {
        return "/gruppen/" + groupSlug + "/treffen/" + id;
    }

    public boolean hasSummary() {
        return publicSummary != null && !publicSummary.isBlank();
    }
}
