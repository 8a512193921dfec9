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

    boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    boolean upcoming() {
        return endsAt.isAfter(Instant.now());
    }

    String when() {
        return Berlin.span(startsAt, endsAt);
    }

    String shortWhen() {
        return Berlin.shortDateTime(startsAt);
    }

    String isoStart() {
        return startsAt.toString();
    }

    String path(String groupSlug) {
        return "/gruppen/" + groupSlug + "/treffen/" + id;
    }

    boolean hasSummary() {
        return publicSummary != null && !publicSummary.isBlank();
    }
}
