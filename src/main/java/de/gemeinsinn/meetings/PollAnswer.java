package de.gemeinsinn.meetings;

/** A member's answer to one proposed time. */
enum PollAnswer {
    YES,
    IF_NEED_BE,
    NO
}
