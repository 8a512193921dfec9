package de.gemeinsinn.timetable;

import java.util.Arrays;

/**
 * A (hard-feasible) assignment of sessions to cells with an incrementally maintained objective.
 * Moves are applied and, if rejected, undone by applying the inverse move; the overflow of the
 * (at most two) touched slots is recomputed from scratch so that no rounding error accumulates.
 */
final class Plan {

    final Instance in;
    final int[] cellOf;
    final int[] occupant;
    /** cnt[p][t] = |{s ∈ I_p placed in t}|. */
    final int[][] cnt;

    final double[] slotOverflow;
    int covered;
    int moves;
    int unplaced;
    double overflow;

    private final int totalInterests;
    /** Penalty per unplaced session; larger than any possible rest of the objective. */
    final double unplacedPenalty;

    Plan(Instance in) {
        this.in = in;
        cellOf = new int[in.sessions];
        Arrays.fill(cellOf, -1);
        occupant = new int[in.cells()];
        Arrays.fill(occupant, -1);
        cnt = new int[in.participants][in.slots];
        slotOverflow = new double[in.slots];
        int sum = 0;
        for (int[] i : in.interests) {
            sum += i.length;
        }
        totalInterests = sum;
        unplaced = in.sessions;
        for (int s = 0; s < in.sessions; s++) {
            if (in.inPrevious(s)) {
                moves++;
            }
        }
        double maxOverflow = 0;
        for (int s = 0; s < in.sessions; s++) {
            maxOverflow += in.interested[s].length;
        }
        unplacedPenalty = 1 + totalInterests + maxOverflow + in.moveCost * in.sessions;
    }

    Plan copy() {
        Plan p = new Plan(in);
        p.copyFrom(this);
        return p;
    }

    void copyFrom(Plan o) {
        System.arraycopy(o.cellOf, 0, cellOf, 0, cellOf.length);
        System.arraycopy(o.occupant, 0, occupant, 0, occupant.length);
        for (int p = 0; p < cnt.length; p++) {
            System.arraycopy(o.cnt[p], 0, cnt[p], 0, in.slots);
        }
        System.arraycopy(o.slotOverflow, 0, slotOverflow, 0, slotOverflow.length);
        covered = o.covered;
        moves = o.moves;
        unplaced = o.unplaced;
        overflow = o.overflow;
    }

    int missed() {
        return totalInterests - covered;
    }

    /** Objective without the unplaced penalty: missedInterest + capacityOverflow + moveCost × moves. */
    double total() {
        return missed() + overflow + in.moveCost * moves;
    }

    /** What the search minimises: unplaced sessions first, then {@link #total()}. */
    double cost() {
        return unplaced * unplacedPenalty + total();
    }

    int slot(int cell) {
        return cell / in.rooms;
    }

    int room(int cell) {
        return cell % in.rooms;
    }

    /** Whether a host of {@code s} has another session (other than {@code ignore}) in slot {@code t}. */
    boolean hostBusy(int s, int t, int ignore) {
        for (int h : in.hosts[s]) {
            for (int o : in.hostedBy[h]) {
                if (o != s && o != ignore && cellOf[o] >= 0 && slot(cellOf[o]) == t) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Moves {@code s} to {@code cell} (or unplaces it with -1); the cell must be empty. Updates
     * everything except the overflow of the touched slots (see {@link #refreshOverflow}).
     */
    void put(int s, int cell) {
        int from = cellOf[s];
        if (from >= 0) {
            occupant[from] = -1;
            int t = slot(from);
            for (int p : in.interested[s]) {
                if (--cnt[p][t] == 0 && !in.unavailable[p][t]) {
                    covered--;
                }
            }
        } else {
            unplaced--;
        }
        if (cell >= 0) {
            occupant[cell] = s;
            int t = slot(cell);
            for (int p : in.interested[s]) {
                if (cnt[p][t]++ == 0 && !in.unavailable[p][t]) {
                    covered++;
                }
            }
        } else {
            unplaced++;
        }
        cellOf[s] = cell;
        if (in.inPrevious(s)) {
            int prev = in.previous[s];
            moves += (from == prev ? 1 : 0) - (cell == prev ? 1 : 0);
        }
    }

    /** Recomputes the overflow of slot {@code t} from scratch. */
    void refreshOverflow(int t) {
        double o = 0;
        int base = t * in.rooms;
        for (int r = 0; r < in.rooms; r++) {
            int s = occupant[base + r];
            if (s >= 0) {
                o += Math.max(0, attendance(s, t) - in.capacity[r]);
            }
        }
        overflow += o - slotOverflow[t];
        slotOverflow[t] = o;
    }

    double attendance(int s, int t) {
        double a = 0;
        for (int p : in.interested[s]) {
            if (!in.unavailable[p][t]) {
                a += 1.0 / cnt[p][t];
            }
        }
        return a;
    }

    /** Recomputes the overflow sum of all slots (removes accumulated rounding). */
    void refreshAll() {
        overflow = 0;
        Arrays.fill(slotOverflow, 0);
        for (int t = 0; t < in.slots; t++) {
            refreshOverflow(t);
        }
        double o = 0;
        for (double v : slotOverflow) {
            o += v;
        }
        overflow = o;
    }
}
