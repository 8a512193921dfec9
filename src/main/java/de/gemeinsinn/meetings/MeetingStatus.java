package de.gemeinsinn.meetings;

enum MeetingStatus {
    SCHEDULED,
    CANCELLED
}
