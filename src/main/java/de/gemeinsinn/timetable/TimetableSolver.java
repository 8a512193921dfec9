package de.gemeinsinn.timetable;

/**
 * Places BarCamp sessions into rooms × time slots (stateless; safe to call concurrently). The
 * bean is available to other modules, e.g. the BarCamp planning UI.
 */
public interface TimetableSolver {

    double DEFAULT_TIME_LIMIT_SECONDS = 5;
    double MAX_TIME_LIMIT_SECONDS = 60;
    double DEFAULT_MOVE_COST = 5;

    /**
     * Solves within the request's time limit.
     *
     * @throws InvalidScheduleRequestException if the request is inconsistent (unknown or duplicate
     *     ids, missing fields, negative capacity, impossible pins ...); the message names the problem
     *     in German
     */
    ScheduleResult solve(ScheduleRequest request);
}
