package de.gemeinsinn.timetable;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lower bound on missed interest plus moves from the slot partition alone, solved with CP-SAT
 * (docs/adr/0032-timetable-collision-bound.md). Since {@code total ≥ missed + moveCost·moves},
 * it bounds the total too.
 *
 * <p>Missed interest of a plan that places every placeable session is exactly
 * {@code Σ_s unav(s) + Σ_{p,t∉U_p} (k_pt − 1)⁺ + missed of unplaceable sessions}, with
 * {@code k_pt} the number of interesting sessions of {@code p} in slot {@code t}. If {@code k ≤ K}
 * then {@code k − 1 ≥ (2/K)·C(k,2)}: the collisions are at least {@code 2/K_p} per pair of
 * interesting sessions sharing a slot, where {@code K_p = min(placeable interests of p, rooms)}.
 * The model therefore has {@code z[s,t]} (session in slot; per slot at most as many sessions as
 * the rooms they may use allow, Hall's condition on the occurring room sets), host conflicts,
 * pair indicators {@code b[a,b,t] ≥ z[a,t] + z[b,t] − 1} weighted by {@code Σ_p 2/K_p} over
 * participants interested in both and available in {@code t} (rounded down), the unavailable
 * term and slot changes as moves. Interchangeable slots (equal columns) are ordered by their
 * smallest session index. Its proven objective bound is valid for every plan placing all
 * placeable sessions. For participants with two or three interests in a slot the pair weight is
 * exact, which makes the bound tight on instances where few people vote for many sessions.
 */
final class CollisionBound {

    /** Objective units: 1/SCALE; pair weights and moveCost are rounded down to them. */
    static final long SCALE = 27_720; // divisible by 1..12 and by 100 after rounding moveCost

    private final Instance in;
    private final CpModel model = new CpModel();
    private final BoolVar[][] z;
    private long constant;
    private volatile CpSolver solver;
    private volatile boolean stopped;

    record Outcome(double bound, boolean optimal, double objective) {}

    /** Whether every interesting pair is forbidden in a common slot (a pure feasibility check). */
    private final boolean noCollisions;

    CollisionBound(Instance in) {
        this(in, false);
    }

    /**
     * @param noCollisions if true, the model forbids every collision instead of counting it: if it
     *     is infeasible, every plan (placing all placeable sessions) misses at least 1
     */
    CollisionBound(Instance in, boolean noCollisions) {
        this.in = in;
        this.noCollisions = noCollisions;
        z = new BoolVar[in.sessions][in.slots];
        build();
    }

    private void build() {
        int rooms = in.rooms;
        // moveCost rounded down to 1/100, then down to 1/SCALE (keeps the bound valid)
        long mc = (long) Math.floor(Math.floor(in.moveCost * 100 + 1e-9) * SCALE / 100.0);
        LinearExprBuilder objective = LinearExpr.newBuilder();
        List<Map<BitSet, List<Integer>>> bySet = new ArrayList<>();
        for (int t = 0; t < in.slots; t++) {
            bySet.add(new HashMap<>());
        }
        for (int s = 0; s < in.sessions; s++) {
            int[] cells = in.allowedCells[s];
            if (cells.length == 0) {
                constant += SCALE * in.interested[s].length + (in.inPrevious(s) ? mc : 0);
                continue;
            }
            BitSet[] roomSet = new BitSet[in.slots];
            for (int c : cells) {
                int t = c / rooms;
                if (roomSet[t] == null) {
                    roomSet[t] = new BitSet(rooms);
                }
                roomSet[t].set(c % rooms);
            }
            List<BoolVar> vars = new ArrayList<>();
            for (int t = 0; t < in.slots; t++) {
                if (roomSet[t] != null) {
                    z[s][t] = model.newBoolVar("z" + s + "_" + t);
                    vars.add(z[s][t]);
                    bySet.get(t)
                            .computeIfAbsent(roomSet[t], k -> new ArrayList<>())
                            .add(s);
                }
            }
            model.addExactlyOne(vars.toArray(new Literal[0]));
            if (in.inPrevious(s)) {
                constant += mc;
                BoolVar prev = z[s][in.previous[s] / rooms];
                if (prev != null) {
                    objective.addTerm(prev, -mc);
                }
            }
            // unavailable interested participants miss the session wherever it is
            for (int t = 0; t < in.slots; t++) {
                if (z[s][t] == null) {
                    continue;
                }
                long n = 0;
                for (int p : in.interested[s]) {
                    if (in.unavailable[p][t]) {
                        n++;
                    }
                }
                if (n > 0) {
                    objective.addTerm(z[s][t], SCALE * n);
                }
            }
        }
        // rooms per slot: Hall's condition on the occurring room sets and their union
        for (int t = 0; t < in.slots; t++) {
            Map<BitSet, List<Integer>> sets = bySet.get(t);
            BitSet union = new BitSet(rooms);
            sets.keySet().forEach(union::or);
            List<BitSet> families = new ArrayList<>(sets.keySet());
            if (!sets.containsKey(union)) {
                families.add(union);
            }
            for (BitSet a : families) {
                List<BoolVar> members = new ArrayList<>();
                for (Map.Entry<BitSet, List<Integer>> e : sets.entrySet()) {
                    BitSet rest = (BitSet) e.getKey().clone();
                    rest.andNot(a);
                    if (rest.isEmpty()) {
                        for (int s : e.getValue()) {
                            members.add(z[s][t]);
                        }
                    }
                }
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
                    model.addAtMostOne(vars.toArray(new Literal[0]));
                }
            }
        }
        // pair weights per slot: Σ_p floor(SCALE·2/K_p) over participants interested in both, available
        Map<Long, long[]> pairs = new LinkedHashMap<>();
        for (int p = 0; p < in.participants; p++) {
            int[] placeable = java.util.Arrays.stream(in.interests[p])
                    .filter(s -> z[s] != null && in.allowedCells[s].length > 0)
                    .toArray();
            if (placeable.length < 2) {
                continue;
            }
            int k = Math.min(placeable.length, rooms);
            long w = (2 * SCALE) / k;
            for (int i = 0; i < placeable.length; i++) {
                for (int j = i + 1; j < placeable.length; j++) {
                    int a = Math.min(placeable[i], placeable[j]);
                    int b = Math.max(placeable[i], placeable[j]);
                    long[] perSlot = pairs.computeIfAbsent((long) a * in.sessions + b, key -> new long[in.slots]);
                    for (int t = 0; t < in.slots; t++) {
                        if (!in.unavailable[p][t]) {
                            perSlot[t] += w;
                        }
                    }
                }
            }
        }
        for (Map.Entry<Long, long[]> e : pairs.entrySet()) {
            int a = (int) (e.getKey() / in.sessions);
            int b = (int) (e.getKey() % in.sessions);
            for (int t = 0; t < in.slots; t++) {
                long w = e.getValue()[t];
                if (w <= 0 || z[a][t] == null || z[b][t] == null) {
                    continue;
                }
                if (noCollisions) {
                    model.addBoolOr(new Literal[] {z[a][t].not(), z[b][t].not()});
                    continue;
                }
                BoolVar both = model.newBoolVar("b" + a + "_" + b + "_" + t);
                // both ≥ z[a,t] + z[b,t] − 1
                model.addBoolOr(new Literal[] {z[a][t].not(), z[b][t].not(), both});
                objective.addTerm(both, w);
            }
        }
        if (noCollisions) {
            addCliques(pairs);
        }
        breakSlotSymmetry();
        model.minimize(objective);
    }

    /**
     * Redundant constraints for the no-collision check: sessions that pairwise conflict in every
     * slot (a clique of the conflict graph, found greedily from each session) take at most one
     * place per slot. They only restate the pair clauses, but let CP-SAT propagate much earlier.
     */
    private void addCliques(Map<Long, long[]> pairs) {
        int n = in.sessions;
        boolean[][] conflict = new boolean[n][n];
        for (Map.Entry<Long, long[]> e : pairs.entrySet()) {
            int a = (int) (e.getKey() / n);
            int b = (int) (e.getKey() % n);
            boolean everywhere = true;
            for (int t = 0; t < in.slots; t++) {
                everywhere &= e.getValue()[t] > 0;
            }
            conflict[a][b] = everywhere;
            conflict[b][a] = everywhere;
        }
        java.util.Set<java.util.List<Integer>> seen = new java.util.HashSet<>();
        for (int v = 0; v < n; v++) {
            List<Integer> clique = new ArrayList<>(List.of(v));
            List<Integer> candidates = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                if (conflict[v][u]) {
                    candidates.add(u);
                }
            }
            while (!candidates.isEmpty()) {
                int best = candidates.get(0);
                int bestDegree = -1;
                for (int u : candidates) {
                    int d = 0;
                    for (int w : candidates) {
                        if (conflict[u][w]) {
                            d++;
                        }
                    }
                    if (d > bestDegree) {
                        bestDegree = d;
                        best = u;
                    }
                }
                clique.add(best);
                int chosen = best;
                candidates.removeIf(u -> u == chosen || !conflict[chosen][u]);
            }
            if (clique.size() < 3) {
                continue;
            }
            java.util.Collections.sort(clique);
            if (!seen.add(clique)) {
                continue;
            }
            for (int t = 0; t < in.slots; t++) {
                List<Literal> vars = new ArrayList<>();
                for (int s : clique) {
                    if (z[s][t] != null) {
                        vars.add(z[s][t]);
                    }
                }
                if (vars.size() > 1) {
                    model.addAtMostOne(vars.toArray(new Literal[0]));
                }
            }
        }
    }

    /** Orders interchangeable slots by the smallest session index they hold. */
    private void breakSlotSymmetry() {
        int rooms = in.rooms;
        Map<String, List<Integer>> classes = new LinkedHashMap<>();
        for (int t = 0; t < in.slots; t++) {
            StringBuilder key = new StringBuilder();
            for (int s = 0; s < in.sessions; s++) {
                for (int c : in.allowedCells[s]) {
                    if (c / rooms == t) {
                        key.append(c % rooms).append(',');
                    }
                }
                if (in.inPrevious(s) && in.previous[s] / rooms == t) {
                    key.append('P');
                }
                key.append('|');
            }
            for (int p = 0; p < in.participants; p++) {
                key.append(in.unavailable[p][t] ? '1' : '0');
            }
            classes.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(t);
        }
        for (List<Integer> cls : classes.values()) {
            for (int i = 0; i + 1 < cls.size(); i++) {
                int a = cls.get(i);
                int b = cls.get(i + 1);
                List<BoolVar> before = new ArrayList<>();
                for (int s = 0; s < in.sessions; s++) {
                    if (z[s][b] != null) {
                        // z[s,b] → some session with a smaller index is in a
                        List<Literal> clause = new ArrayList<>(before);
                        clause.add(z[s][b].not());
                        model.addBoolOr(clause.toArray(new Literal[0]));
                    }
                    if (z[s][a] != null) {
                        before.add(z[s][a]);
                    }
                }
            }
        }
    }

    /**
     * For a model built with {@code noCollisions}: true if CP-SAT proved within {@code seconds} that
     * no plan placing all placeable sessions is free of collisions (then missed interest ≥ 1).
     */
    boolean collisionUnavoidable(double seconds) {
        CpSolver cp = new CpSolver();
        cp.getParameters().setMaxTimeInSeconds(Math.max(0.01, seconds)).setNumWorkers(1);
        solver = cp;
        if (stopped) {
            return false;
        }
        return cp.solve(model) == CpSolverStatus.INFEASIBLE;
    }

    /** Solves for at most {@code seconds}; null if no solution was found (bound not trusted then). */
    Outcome solve(double seconds, int workers) {
        CpSolver cp = new CpSolver();
        cp.getParameters().setMaxTimeInSeconds(Math.max(0.01, seconds)).setNumWorkers(workers);
        // core-guided search (MaxSAT style) raises the lower bound core by core; the default
        // search did not move the bound at all within seconds
        cp.getParameters().setOptimizeWithCore(true);
        solver = cp;
        if (stopped) {
            return null;
        }
        CpSolverStatus status = cp.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return null;
        }
        long bound = (long) Math.ceil(cp.bestObjectiveBound() - 1e-6) + constant;
        double value = Math.max(0, bound) / (double) SCALE;
        if (!anyPrevious()) {
            // then the model bounds missed interest alone, an integer
            value = Math.ceil(value - 1e-9);
        }
        double objective = (Math.round(cp.objectiveValue()) + constant) / (double) SCALE;
        return new Outcome(value, status == CpSolverStatus.OPTIMAL, objective);
    }

    private boolean anyPrevious() {
        for (int s = 0; s < in.sessions; s++) {
            if (in.inPrevious(s)) {
                return true;
            }
        }
        return false;
    }

    void stop() {
        stopped = true;
        CpSolver cp = solver;
        if (cp != null) {
            cp.stopSearch();
        }
    }
}
