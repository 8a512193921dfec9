package de.gemeinsinn.meetings;

import java.time.Instant;
import java.util.List;

/** A checked meeting: everything present and valid. */
record MeetingInput(
        String title, Instant startsAt, Instant endsAt, String place, String onlineUrl, List<String> agenda) {}
