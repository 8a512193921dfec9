package de.gemeinsinn.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A date poll with its proposed times (ordered by start). */
record DatePoll(
        UUID id,
        UUID groupId,
        String title,
        String place,
        String onlineUrl,
        UUID meetingId,
        Instant closedAt,
        List<Option> options) {

    record Option(UUID id, Instant startsAt, Instant endsAt) {
        public String when() {
            return Berlin.span(startsAt, endsAt);
        }

        public String shortWhen() {
            return Berlin.shortDateTime(startsAt) + "–" + Berlin.isoTime(endsAt);
        }
    }

    public boolean open() {
        return closedAt == null;
    }

    public String path(String groupSlug) {
        return "/gruppen/" + groupSlug + "/terminumfragen/" + id;
    }
}
