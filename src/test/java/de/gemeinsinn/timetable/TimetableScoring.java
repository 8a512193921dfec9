package de.gemeinsinn.timetable;

import de.gemeinsinn.timetable.ScheduleRequest.Placement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test-side bridge to the production solver's package-private model, for benchmark code outside
 * this package (the Timefold comparison in {@code timetable.timefold}, docs/adr/0033): the
 * compiled instance as plain arrays, and scoring of a foreign plan with exactly the production
 * evaluator ({@link Plan} + {@link Results}).
 */
public final class TimetableScoring {

    private TimetableScoring() {}

    /**
     * The validated request as index arrays (cell = slot × rooms + room). {@code allowedCells}
     * already applies allowedRooms/Slots, host availability and pins (a pinned session has exactly
     * its pinned cell); {@code previous} is -2 for sessions not in the previous plan.
     */
    public record Compiled(
            int rooms,
            int slots,
            int sessions,
            int participants,
            int[] capacity,
            int[][] interests,
            int[][] interested,
            boolean[][] unavailable,
            int[][] hosts,
            int[][] allowedCells,
            int[] pinned,
            int[] previous,
            double moveCost,
            String[] roomIds,
            String[] slotIds,
            String[] sessionIds) {}

    public static Compiled compile(ScheduleRequest request) {
        Instance in = Instance.of(request);
        return new Compiled(
                in.rooms,
                in.slots,
                in.sessions,
                in.participants,
                in.capacity,
                in.interests,
                in.interested,
                in.unavailable,
                in.hosts,
                in.allowedCells,
                in.pinned,
                in.previous,
                in.moveCost,
                in.roomIds,
                in.slotIds,
                in.sessionIds);
    }

    /**
     * Hard-constraint violations of a plan given by ids: a session placed twice or in an unknown
     * or not allowed cell (allowedRooms/Slots, pins, host availability), two sessions in one cell,
     * a host in two sessions of one slot, and sessions left unplaced although a feasible free cell
     * exists for them is NOT counted here (the caller compares unplaced counts).
     */
    public static int hardViolations(ScheduleRequest request, List<Placement> placements) {
        Instance in = Instance.of(request);
        int[] cellOf = cells(in, placements);
        int violations = 0;
        int[] occupants = new int[in.cells()];
        Set<Long> hostSlot = new HashSet<>();
        for (int s = 0; s < in.sessions; s++) {
            int c = cellOf[s];
            if (c == -3) {
                violations++;
                continue;
            }
            if (c < 0) {
                continue;
            }
            if (!in.allowedCell[s][c]) {
                violations++;
            }
            if (occupants[c]++ > 0) {
                violations++;
            }
            for (int h : in.hosts[s]) {
                if (!hostSlot.add((long) h * in.slots + c / in.rooms)) {
                    violations++;
                }
            }
        }
        return violations;
    }

    /**
     * The production score of a hard-feasible plan given by ids (sessions not in {@code
     * placements} are unplaced). Throws if the plan is not hard-feasible.
     */
    public static ScheduleResult score(ScheduleRequest request, List<Placement> placements, long solveMillis) {
        if (hardViolations(request, placements) > 0) {
            throw new IllegalArgumentException("plan violates hard constraints");
        }
        Instance in = Instance.of(request);
        int[] cellOf = cells(in, placements);
        Plan plan = new Plan(in);
        for (int s = 0; s < in.sessions; s++) {
            if (cellOf[s] >= 0) {
                plan.put(s, cellOf[s]);
            }
        }
        return Results.of(plan, null, solveMillis);
    }

    /** Cell per session index; -1 unplaced, -3 placed twice or into an unknown room/slot. */
    private static int[] cells(Instance in, List<Placement> placements) {
        int[] cellOf = new int[in.sessions];
        java.util.Arrays.fill(cellOf, -1);
        List<String> sessions = List.of(in.sessionIds);
        List<String> rooms = List.of(in.roomIds);
        List<String> slots = List.of(in.slotIds);
        for (Placement p : new ArrayList<>(placements)) {
            int s = sessions.indexOf(p.session());
            int r = rooms.indexOf(p.room());
            int t = slots.indexOf(p.slot());
            if (s < 0) {
                throw new IllegalArgumentException("unknown session " + p.session());
            }
            cellOf[s] = cellOf[s] != -1 || r < 0 || t < 0 ? -3 : t * in.rooms + r;
        }
        return cellOf;
    }
}
