package de.gemeinsinn.timetable;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Output of the timetable solver. {@code score} is exactly what the objective formulas give for
 * {@code placements}; {@code lowerBound} (may be {@code null}) is a proven lower bound on {@code
 * score.total} over all plans that place as many sessions as this one.
 */
@Schema(description = "Ergebnis des Zeitplan-Solvers")
public record ScheduleResult(
        List<ScheduleRequest.Placement> placements,
        List<Unplaced> unplaced,
        Score score,

        @Schema(description = "Bewiesene untere Schranke für score.total (fehlt, wenn keine berechnet wurde)")
        Double lowerBound,

        long solveMillis) {

    /** A session that could not be placed anywhere, with the reason in German. */
    public record Unplaced(String session, String reason) {}

    /**
     * {@code hard} counts violated hard constraints (always 0 for a returned plan); {@code total}
     * = missedInterest + capacityOverflow + moveCost × moves.
     */
    public record Score(int hard, int missedInterest, double capacityOverflow, int moves, double total) {}
}
