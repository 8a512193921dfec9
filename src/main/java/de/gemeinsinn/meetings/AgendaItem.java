package de.gemeinsinn.meetings;

import java.time.Instant;
import java.util.UUID;

/** One point of a meeting's agenda with its minutes; {@code minutesVersion} is the optimistic lock. */
record AgendaItem(
        UUID id,
        UUID meetingId,
        int position,
        String title,
        String notes,
        UUID actionId,
        String minutes,
        int minutesVersion,
        Instant minutesUpdatedAt) {

    public boolean hasMinutes() {
        return minutes != null && !minutes.isBlank();
    }
}
