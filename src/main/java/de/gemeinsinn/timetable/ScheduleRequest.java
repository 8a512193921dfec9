package de.gemeinsinn.timetable;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Input of the timetable solver: rooms, time slots, sessions (optionally pinned or restricted),
 * participants with their interests and unavailable slots, and optionally the previous plan so
 * that a re-solve moves as little as possible.
 *
 * <p>Optional lists may be {@code null} (treated as empty); {@code moveCost} defaults to 5 and
 * {@code timeLimitSeconds} to 5 (capped at {@link TimetableSolver#MAX_TIME_LIMIT_SECONDS}).
 */
@Schema(description = "Eingabe des Zeitplan-Solvers")
public record ScheduleRequest(
        List<Room> rooms,
        List<Slot> slots,
        List<Session> sessions,
        List<Participant> participants,

        @Schema(description = "Vorheriger Plan; Sessions, die sich gegenüber diesem Plan bewegen, kosten moveCost")
        List<Placement> previous,

        @Schema(description = "Kosten je verschobener Session (Standard 5)")
        Double moveCost,

        @Schema(description = "Rechenzeit in Sekunden (Standard 5, höchstens 60)")
        Double timeLimitSeconds) {

    /** A room with the number of people it holds. */
    public record Room(String id, String name, Integer capacity) {}

    /** A time slot; all sessions of one slot run in parallel. */
    public record Slot(String id, OffsetDateTime start, OffsetDateTime end) {}

    /**
     * A session. {@code hosts} are participant ids; {@code pinned} fixes room and slot; {@code
     * allowedSlots}/{@code allowedRooms} restrict where it may go ({@code null} = anywhere).
     */
    public record Session(
            String id,
            String title,
            List<String> hosts,
            Cell pinned,
            List<String> allowedSlots,
            List<String> allowedRooms) {}

    /** A room × slot cell. */
    public record Cell(String room, String slot) {}

    /** A participant: the sessions they want to attend and the slots they cannot attend at all. */
    public record Participant(String id, List<String> interests, List<String> unavailableSlots) {}

    /** One session in one cell. */
    public record Placement(String session, String room, String slot) {}
}
