package de.gemeinsinn.timetable;

/** A schedule request that cannot be solved as given; the message says why, in German. */
public class InvalidScheduleRequestException extends IllegalArgumentException {

    public InvalidScheduleRequestException(String message) {
        super(message);
    }
}
