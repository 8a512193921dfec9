package de.gemeinsinn.timetable;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CP-SAT on a relaxation of the timetable problem; its proven bound is a lower bound on the true
 * total, its solutions are good starting plans.
 *
 * <p>Relaxation: sessions go to slots only ({@code z[s,t]}); per slot and per distinct set of
 * free rooms {@code A} a session may use, at most {@code |A|} of the sessions restricted to
 * subsets of {@code A} (Hall's condition on these sets only). {@code y[p,t] ≤ Σ_{s∈I_p} z[s,t]}
 * is "p has something in t". Overflow of slot t is relaxed to {@code max(0, Σ_p y[p,t] − Σ_r
 * cap(r))} — the attendance of all sessions of a slot sums to exactly the number of covered
 * participants, and Σ max(0, a_i − c_i) ≥ Σ a_i − Σ c_i. Moves count only slot changes (a room
 * change within the same slot is free) unless the previous cell is no longer allowed. Every
 * relaxed term is ≤ the true one, so the optimum — and CP-SAT's proven bound — is ≤ the optimum
 * of the real problem. moveCost is rounded down to 1/100.
 */
final class CpSatRelaxation {

    private static final Logger log = LoggerFactory.getLogger(CpSatRelaxation.class);
    static final long SCALE = 100;

    private static volatile Boolean loaded;

    /** Loads the native library once; false if this platform has none. */
    static boolean available() {
        if (loaded == null) {
            synchronized (CpSatRelaxation.class) {
                if (loaded == null) {
                    try {
                        Loader.loadNativeLibraries();
                        loaded = true;
                    } catch (Throwable e) {
                        log.warn(
                                "OR-Tools native library not available, timetable solver runs without bound: {}",
                                e.toString());
                        loaded = false;
                    }
                }
            }
        }
        return loaded;
    }

    /** Outcome: a lower bound on (unplacedPenalty-free) total for plans with {@code unplaced} sessions unplaced. */
    record Outcome(boolean optimal, long scaledObjective, long scaledBound, long bigM, long constant, int[] slots) {

        /** Lower bound on total for plans that leave exactly {@code unplaced} sessions unplaced, or null. */
        Double lowerBound(int unplaced) {
            long b = scaledBound + constant - bigM * unplaced;
            if (b < 0) {
                return null;
            }
            return b / (double) SCALE;
        }
    }

    private final Instance in;
    private final CpModel model = new CpModel();
    private final BoolVar[][] z;
    private long constant;
    private long bigM;
    private volatile CpSolver solver;

    private final boolean placeAll;

    /**
     * @param placeAll whether every session that has an allowed cell is known to fit (a plan placing
     *     all of them exists); then the model requires that instead of penalising unplaced ones,
     *     which makes the bound much tighter
     */
    CpSatRelaxation(Instance in, boolean placeAll) {
        this.in = in;
        this.placeAll = placeAll;
        z = new BoolVar[in.sessions][in.slots];
        build();
    }

    private void build() {
        int rooms = in.rooms;
        // which slots each session can use, with its room set per slot
        List<Map<BitSet, List<Integer>>> bySet = new ArrayList<>();
        for (int t = 0; t < in.slots; t++) {
            bySet.add(new HashMap<>());
        }
        BitSet[][] roomSet = new BitSet[in.sessions][in.slots];
        for (int s = 0; s < in.sessions; s++) {
            for (int c : in.allowedCells[s]) {
                int t = c / rooms;
                if (roomSet[s][t] == null) {
                    roomSet[s][t] = new BitSet(rooms);
                }
                roomSet[s][t].set(c % rooms);
            }
            for (int t = 0; t < in.slots; t++) {
                if (roomSet[s][t] != null) {
                    z[s][t] = model.newBoolVar("z" + s + "_" + t);
                }
            }
        }
        long totalInterests = 0;
        for (int[] i : in.interests) {
            totalInterests += i.length;
        }
        long mc = (long) Math.floor(in.moveCost * SCALE + 1e-9);
        bigM = SCALE * (1 + totalInterests + in.participants * (long) in.slots) + mc * in.sessions;
        LinearExprBuilder objective = LinearExpr.newBuilder();

        for (int s = 0; s < in.sessions; s++) {
            List<BoolVar> vars = new ArrayList<>();
            for (int t = 0; t < in.slots; t++) {
                if (z[s][t] != null) {
                    vars.add(z[s][t]);
                }
            }
            if (in.pinned[s] >= 0) {
                model.addEquality(z[s][in.pinned[s] / rooms], 1);
            } else {
                if (vars.isEmpty()) {
                    constant += bigM;
                } else if (placeAll) {
                    model.addExactlyOne(vars.toArray(new com.google.ortools.sat.Literal[0]));
                } else {
                    model.addAtMostOne(vars.toArray(new com.google.ortools.sat.Literal[0]));
                    // unplaced penalty: bigM * (1 - Σ z)
                    constant += bigM;
                    for (BoolVar v : vars) {
                        objective.addTerm(v, -bigM);
                    }
                }
            }
            for (int t = 0; t < in.slots; t++) {
                if (roomSet[s][t] != null && in.pinned[s] < 0) {
                    bySet.get(t)
                            .computeIfAbsent(roomSet[s][t], k -> new ArrayList<>())
                            .add(s);
                }
            }
            if (in.inPrevious(s)) {
                int prev = in.previous[s];
                constant += mc;
                if (in.allowedCell[s][prev]) {
                    objective.addTerm(z[s][prev / rooms], -mc);
                }
            }
        }
        // rooms per slot (Hall's condition on the occurring room sets and their union)
        for (int t = 0; t < in.slots; t++) {
            Map<BitSet, List<Integer>> sets = bySet.get(t);
            BitSet union = new BitSet(rooms);
            sets.keySet().forEach(union::or);
            List<BitSet> families = new ArrayList<>(sets.keySet());
            if (!sets.containsKey(union)) {
                families.add(union);
            }
            final int slot = t;
            for (BitSet a : families) {
                List<BoolVar> members = new ArrayList<>();
                sets.forEach((set, sessions) -> {
                    BitSet rest = (BitSet) set.clone();
                    rest.andNot(a);
                    if (rest.isEmpty()) {
                        sessions.forEach(s -> members.add(z[s][slot]));
                    }
                });
                if (members.size() > a.cardinality()) {
                    model.addLessOrEqual(LinearExpr.sum(members.toArray(new BoolVar[0])), a.cardinality());
                }
            }
        }
        // hosts
        for (int p = 0; p < in.participants; p++) {
            if (in.hostedBy[p].length < 2) {
                continue;
            }
            for (int t = 0; t < in.slots; t++) {
                List<BoolVar> vars = new ArrayList<>();
                for (int s : in.hostedBy[p]) {
                    if (z[s][t] != null) {
                        vars.add(z[s][t]);
                    }
                }
                if (vars.size() > 1) {
                    model.addAtMostOne(vars.toArray(new com.google.ortools.sat.Literal[0]));
                }
            }
        }
        // coverage and relaxed overflow
        long capacityAll = 0;
        for (int c : in.capacity) {
            capacityAll += c;
        }
        LinearExprBuilder[] slotCovered = new LinearExprBuilder[in.slots];
        int[] slotCoverMax = new int[in.slots];
        for (int t = 0; t < in.slots; t++) {
            slotCovered[t] = LinearExpr.newBuilder();
        }
        for (int p = 0; p < in.participants; p++) {
            constant += SCALE * in.interests[p].length;
            for (int t = 0; t < in.slots; t++) {
                if (in.unavailable[p][t]) {
                    continue;
                }
                List<BoolVar> options = new ArrayList<>();
                for (int s : in.interests[p]) {
                    if (z[s][t] != null) {
                        options.add(z[s][t]);
                    }
                }
                if (options.isEmpty()) {
                    continue;
                }
                if (options.size() == 1) {
                    objective.addTerm(options.get(0), -SCALE);
                    slotCovered[t].addTerm(options.get(0), 1);
                } else {
                    BoolVar y = model.newBoolVar("y" + p + "_" + t);
                    LinearExprBuilder sum = LinearExpr.newBuilder();
                    options.forEach(v -> sum.addTerm(v, 1));
                    sum.addTerm(y, -1);
                    model.addGreaterOrEqual(sum, 0);
                    objective.addTerm(y, -SCALE);
                    slotCovered[t].addTerm(y, 1);
                }
                slotCoverMax[t]++;
            }
        }
        for (int t = 0; t < in.slots; t++) {
            if (slotCoverMax[t] > capacityAll) {
                IntVar ov = model.newIntVar(0, slotCoverMax[t] - capacityAll, "ov" + t);
                // ov >= covered_t - capacityAll
                slotCovered[t].addTerm(ov, -1);
                model.addLessOrEqual(slotCovered[t], capacityAll);
                objective.addTerm(ov, SCALE);
            }
        }
        model.minimize(objective);
    }

    /** Adds a solution hint (slot per session, -1 unplaced). */
    void hint(int[] cells) {
        for (int s = 0; s < in.sessions; s++) {
            for (int t = 0; t < in.slots; t++) {
                if (z[s][t] != null) {
                    model.addHint(z[s][t], cells[s] >= 0 && cells[s] / in.rooms == t ? 1 : 0);
                }
            }
        }
    }

    /** Solves within {@code seconds}; each improving solution (slot per session) goes to {@code onSolution}. */
    Outcome solve(double seconds, int workers, Consumer<int[]> onSolution) {
        CpSolver cp = new CpSolver();
        cp.getParameters().setMaxTimeInSeconds(Math.max(0.01, seconds)).setNumWorkers(workers);
        solver = cp;
        CpSolverStatus status = cp.solve(model, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                onSolution.accept(slots(this::booleanValue));
            }
        });
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return null; // no solution: the reported bound is not trustworthy then
        }
        return new Outcome(
                status == CpSolverStatus.OPTIMAL,
                Math.round(cp.objectiveValue()),
                (long) Math.ceil(cp.bestObjectiveBound() - 1e-6),
                bigM,
                constant,
                slots(cp::booleanValue));
    }

    void stop() {
        CpSolver cp = solver;
        if (cp != null) {
            cp.stopSearch();
        }
    }

    private int[] slots(java.util.function.Function<BoolVar, Boolean> value) {
        int[] slot = new int[in.sessions];
        for (int s = 0; s < in.sessions; s++) {
            slot[s] = -1;
            for (int t = 0; t < in.slots; t++) {
                if (z[s][t] != null && value.apply(z[s][t])) {
                    slot[s] = t;
                }
            }
        }
        return slot;
    }
}
