package de.gemeinsinn.timetable;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lower bound on the total from an assignment relaxation (see docs/adr/0031-timetable-bound.md).
 *
 * <p>For a plan, let {@code a'(s)} be the number of participants interested in {@code s} who are
 * available in its slot, {@code e(s) = max(0, a'(s) − cap(room(s)))} and, for participant
 * {@code p} with {@code k} interesting sessions in slot {@code t}, {@code Λ(s) = Σ_p (1 − 1/k)}.
 * Then attendance is {@code a'(s) − Λ(s)} and, exactly,
 *
 * <pre>total = Σ_s [unav(s) + max(e(s), Λ(s))] + missed of unplaced sessions + moveCost × moves</pre>
 *
 * (the collisions {@code k − 1} of participant and slot are the {@code Λ} shares of its sessions).
 * For any fixed weight {@code λ ∈ [0,1]} per session and cell, {@code max(e, Λ) ≥ λe + (1−λ)Λ},
 * and for one participant and slot {@code (1 − 1/k)·q ≥ max(0, q − 1)} with {@code q = Σ (1 − λ)
 * ≤ k}; summed over the {@code A_p} available slots that is at least {@code Σ q − A_p}. What
 * remains is linear in the assignment variables {@code x[s,cell]} plus one variable per
 * participant whose interests exceed their available slots: an assignment problem with host
 * conflicts and pins. Its LP relaxation (GLOP) is the bound; the assignment part is totally
 * unimodular, so the LP loses little. All coefficients are multiples of 1/100, so the LP value is
 * rounded up to the next 1/100 (after a small tolerance). Only valid for plans that place every
 * session that has an allowed cell.
 */
final class AssignmentBound {

    static final long SCALE = 100;

    /** How the weight λ of a session in a cell is chosen; every choice gives a valid bound. */
    enum Variant {
        /** λ = 1 where the session overflows the room without any split, else 0. */
        STEP,
        /** λ = min(1, overflow / number of interested participants with too many interests). */
        RATIO
    }

    private final Instance in;
    private final MPSolver lp;
    private final MPVariable[][] x;
    private long constant;
    private boolean deleted;

    AssignmentBound(Instance in, Variant variant) {
        this.in = in;
        x = new MPVariable[in.sessions][];
        lp = MPSolver.createSolver("GLOP");
        if (lp == null) {
            throw new IllegalStateException("GLOP not available");
        }
        build(variant);
    }

    private void build(Variant variant) {
        int rooms = in.rooms;
        long mc = (long) Math.floor(in.moveCost * SCALE + 1e-9);
        // participants whose placeable interests exceed their available slots get a pigeonhole term
        boolean[] big = new boolean[in.participants];
        int[] available = new int[in.participants];
        for (int p = 0; p < in.participants; p++) {
            for (int t = 0; t < in.slots; t++) {
                if (!in.unavailable[p][t]) {
                    available[p]++;
                }
            }
            int placeable = 0;
            for (int s : in.interests[p]) {
                if (in.allowedCells[s].length > 0) {
                    placeable++;
                }
            }
            big[p] = placeable > available[p];
        }
        MPObjective objective = lp.objective();
        objective.setMinimization();
        // per (session, cell): λ weight in 1/SCALE units (floored: keeps the bound valid)
        long[][] keep = new long[in.sessions][];
        for (int s = 0; s < in.sessions; s++) {
            int[] cells = in.allowedCells[s];
            if (cells.length == 0) {
                constant += SCALE * in.interested[s].length;
                if (in.inPrevious(s)) {
                    constant += mc;
                }
                continue;
            }
            x[s] = new MPVariable[cells.length];
            keep[s] = new long[cells.length];
            MPConstraint one = lp.makeConstraint(1, 1);
            for (int i = 0; i < cells.length; i++) {
                x[s][i] = lp.makeNumVar(0, 1, "x" + s + "_" + cells[i]);
                one.setCoefficient(x[s][i], 1);
            }
            // a'(s) and unavailable interested per slot; interested participants with a pigeonhole term
            int[] avail = new int[in.slots];
            int[] unavSmall = new int[in.slots];
            int[] bigAvail = new int[in.slots];
            for (int p : in.interested[s]) {
                for (int t = 0; t < in.slots; t++) {
                    if (in.unavailable[p][t]) {
                        if (!big[p]) {
                            unavSmall[t]++;
                        }
                    } else {
                        avail[t]++;
                        if (big[p]) {
                            bigAvail[t]++;
                        }
                    }
                }
            }
            for (int i = 0; i < cells.length; i++) {
                int c = cells[i];
                int t = c / rooms;
                long e = Math.max(0, avail[t] - in.capacity[c % rooms]);
                long lambdaScaled; // λ × SCALE
                if (variant == Variant.STEP || bigAvail[t] == 0) {
                    lambdaScaled = e > 0 ? SCALE : 0;
                } else {
                    lambdaScaled = Math.min(SCALE, (e * SCALE) / bigAvail[t]);
                }
                long cost = SCALE * unavSmall[t] + (lambdaScaled * e); // λ·e, both exact integers
                if (in.inPrevious(s) && c != in.previous[s]) {
                    cost += mc;
                }
                keep[s][i] = SCALE - lambdaScaled;
                if (cost != 0) {
                    objective.setCoefficient(x[s][i], cost);
                }
            }
        }
        // one session per cell
        List<List<MPVariable>> byCell = new ArrayList<>();
        for (int c = 0; c < in.cells(); c++) {
            byCell.add(new ArrayList<>());
        }
        for (int s = 0; s < in.sessions; s++) {
            if (x[s] != null) {
                for (int i = 0; i < x[s].length; i++) {
                    byCell.get(in.allowedCells[s][i]).add(x[s][i]);
                }
            }
        }
        for (List<MPVariable> vars : byCell) {
            atMostOne(vars);
        }
        // no host twice in a slot
        for (int p = 0; p < in.participants; p++) {
            if (in.hostedBy[p].length < 2) {
                continue;
            }
            for (int t = 0; t < in.slots; t++) {
                List<MPVariable> vars = new ArrayList<>();
                for (int s : in.hostedBy[p]) {
                    if (x[s] != null) {
                        for (int i = 0; i < x[s].length; i++) {
                            if (in.allowedCells[s][i] / rooms == t) {
                                vars.add(x[s][i]);
                            }
                        }
                    }
                }
                atMostOne(vars);
            }
        }
        // pigeonhole terms, participants with equal interests and availability aggregated
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (int p = 0; p < in.participants; p++) {
            if (big[p]) {
                int[] sorted = in.interests[p].clone();
                Arrays.sort(sorted);
                String key = Arrays.toString(sorted) + Arrays.toString(in.unavailable[p]);
                int first = p;
                groups.computeIfAbsent(key, k -> new int[] {first, 0})[1]++;
            }
        }
        for (int[] g : groups.values()) {
            int p = g[0];
            MPVariable v = lp.makeNumVar(0, MPSolver.infinity(), "v" + p);
            // v ≥ Σ unavailable, v ≥ Σ unavailable + Σ keep − A_p (in 1/SCALE units)
            MPConstraint unav = lp.makeConstraint(0, MPSolver.infinity());
            MPConstraint pigeon = lp.makeConstraint(-SCALE * available[p], MPSolver.infinity());
            unav.setCoefficient(v, 1);
            pigeon.setCoefficient(v, 1);
            for (int s : in.interests[p]) {
                if (x[s] == null) {
                    continue;
                }
                for (int i = 0; i < x[s].length; i++) {
                    int t = in.allowedCells[s][i] / rooms;
                    if (in.unavailable[p][t]) {
                        unav.setCoefficient(x[s][i], -SCALE);
                        pigeon.setCoefficient(x[s][i], -SCALE);
                    } else if (keep[s][i] > 0) {
                        pigeon.setCoefficient(x[s][i], -keep[s][i]);
                    }
                }
            }
            objective.setCoefficient(v, g[1]);
        }
    }

    private void atMostOne(List<MPVariable> vars) {
        if (vars.size() > 1) {
            MPConstraint c = lp.makeConstraint(0, 1);
            vars.forEach(v -> c.setCoefficient(v, 1));
        }
    }

    /**
     * Solves the LP for at most {@code seconds}; returns the proven bound on the total (of plans
     * placing every placeable session), or null if the LP was not solved to optimality. Frees the
     * native model.
     */
    Double solve(double seconds) {
        try {
            lp.setTimeLimit(Math.max(10, (long) (seconds * 1000)));
            MPSolver.ResultStatus status = lp.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            double value = lp.objective().value();
            // all coefficients are integers in 1/SCALE units: round up after a tolerance
            long bound = (long) Math.ceil(value - 1e-7 * Math.max(1, Math.abs(value)) - 1e-6) + constant;
            return Math.max(0, bound) / (double) SCALE;
        } finally {
            synchronized (this) {
                deleted = true;
                lp.delete();
            }
        }
    }

    /** Interrupts a running solve (from another thread). */
    synchronized void stop() {
        if (!deleted) {
            lp.interruptSolve();
        }
    }
}
