package de.gemeinsinn.timetable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Greedy construction followed by simulated annealing on the exact objective. Neighbourhood: move
 * an unpinned session to another allowed cell; if that cell is taken by an unpinned session that
 * may go to the first session's cell, the two swap. Hard constraints are never violated.
 */
final class LocalSearch {

    private final Instance in;
    private final SplittableRandom random;
    private final int[] movable;

    /** A plan handed in from outside (e.g. the CP-SAT solution); taken over if it is better. */
    final AtomicReference<int[]> injected = new AtomicReference<>();

    private int[] best;
    private double bestCost = Double.POSITIVE_INFINITY;
    private long iterations;

    LocalSearch(Instance in, long seed) {
        this.in = in;
        this.random = new SplittableRandom(seed);
        this.movable = java.util.stream.IntStream.range(0, in.sessions)
                .filter(s -> in.pinned[s] < 0 && in.allowedCells[s].length > 0)
                .toArray();
    }

    long iterations() {
        return iterations;
    }

    int[] best() {
        return best;
    }

    double bestCost() {
        return bestCost;
    }

    /** Builds a plan from a cell array (cells that are not feasible any more are skipped). */
    static Plan planOf(Instance in, int[] cells) {
        Plan plan = new Plan(in);
        for (int s = 0; s < in.sessions; s++) {
            int c = in.pinned[s] >= 0 ? in.pinned[s] : cells[s];
            if (c >= 0 && in.allowedCell[s][c] && plan.occupant[c] < 0 && !plan.hostBusy(s, plan.slot(c), -1)) {
                plan.put(s, c);
            }
        }
        plan.refreshAll();
        return plan;
    }

    /** Pins, then sessions kept from the previous plan, then the rest greedily by restrictiveness. */
    Plan construct(int[] start) {
        Plan plan = new Plan(in);
        for (int s = 0; s < in.sessions; s++) {
            if (in.pinned[s] >= 0) {
                plan.put(s, in.pinned[s]);
            }
        }
        for (int s = 0; s < in.sessions; s++) {
            int c = start != null ? start[s] : in.inPrevious(s) ? in.previous[s] : -1;
            if (in.pinned[s] < 0
                    && c >= 0
                    && in.allowedCell[s][c]
                    && plan.occupant[c] < 0
                    && !plan.hostBusy(s, plan.slot(c), -1)) {
                plan.put(s, c);
            }
        }
        plan.refreshAll();
        Integer[] order =
                Arrays.stream(movable).filter(s -> plan.cellOf[s] < 0).boxed().toArray(Integer[]::new);
        Arrays.sort(
                order,
                Comparator.comparingInt((Integer s) -> in.allowedCells[s].length)
                        .thenComparingInt(s -> -in.interested[s].length));
        for (int s : order) {
            int bestCell = -1;
            double bestValue = Double.POSITIVE_INFINITY;
            int[] candidates = in.allowedCells[s];
            int tries = Math.min(candidates.length, 400);
            for (int i = 0; i < tries; i++) {
                int c = candidates.length <= 400 ? candidates[i] : candidates[random.nextInt(candidates.length)];
                if (plan.occupant[c] >= 0 || plan.hostBusy(s, plan.slot(c), -1)) {
                    continue;
                }
                int t = plan.slot(c);
                double before = plan.slotOverflow[t];
                double overflowBefore = plan.overflow;
                plan.put(s, c);
                plan.refreshOverflow(t);
                double value = plan.cost();
                plan.put(s, -1);
                plan.slotOverflow[t] = before;
                plan.overflow = overflowBefore;
                if (value < bestValue - 1e-9) {
                    bestValue = value;
                    bestCell = c;
                }
            }
            if (bestCell >= 0) {
                plan.put(s, bestCell);
                plan.refreshOverflow(plan.slot(bestCell));
            }
        }
        plan.refreshAll();
        return plan;
    }

    /**
     * Simulated annealing until {@code deadlineNanos} or until {@code stop} says so. Returns the
     * best plan found.
     */
    Plan anneal(Plan plan, long deadlineNanos, BooleanSupplier stop) {
        record(plan);
        if (movable.length == 0) {
            return planOf(in, best);
        }
        long start = System.nanoTime();
        double span = Math.max(1, deadlineNanos - start);
        double t0 = initialTemperature(plan);
        double tEnd = Math.max(1e-4, t0 * 1e-3);
        double temperature = t0;
        double cost = plan.cost();
        for (long i = 0; ; i++) {
            if ((i & 255) == 0) {
                long now = System.nanoTime();
                if (now >= deadlineNanos || stop.getAsBoolean()) {
                    break;
                }
                double frac = (now - start) / span;
                temperature = t0 * Math.pow(tEnd / t0, frac);
                int[] offered = injected.getAndSet(null);
                if (offered != null) {
                    Plan other = planOf(in, offered);
                    if (other.cost() < cost) {
                        plan = other;
                        cost = plan.cost();
                        record(plan);
                    }
                }
                if ((i & 0xFFFF) == 0) {
                    plan.refreshAll();
                    cost = plan.cost();
                }
            }
            iterations++;
            double delta = tryMove(plan, cost, temperature);
            if (!Double.isNaN(delta)) {
                cost += delta;
                if (cost < bestCost - 1e-9) {
                    plan.refreshAll();
                    cost = plan.cost();
                    record(plan);
                }
            }
        }
        Plan result = planOf(in, best);
        repair(result);
        return result;
    }

    /** Places unplaced sessions wherever a free feasible cell is left. */
    void repair(Plan plan) {
        for (int s : movable) {
            if (plan.cellOf[s] >= 0) {
                continue;
            }
            for (int c : in.allowedCells[s]) {
                if (plan.occupant[c] < 0 && !plan.hostBusy(s, plan.slot(c), -1)) {
                    plan.put(s, c);
                    plan.refreshOverflow(plan.slot(c));
                    break;
                }
            }
        }
        plan.refreshAll();
        record(plan);
    }

    private void record(Plan plan) {
        double c = plan.cost();
        if (c < bestCost - 1e-9 || best == null) {
            bestCost = c;
            best = plan.cellOf.clone();
        }
    }

    private double initialTemperature(Plan plan) {
        List<Double> deltas = new ArrayList<>();
        double cost = plan.cost();
        for (int i = 0; i < 300; i++) {
            double d = probe(plan, cost);
            if (!Double.isNaN(d) && d > 1e-9 && d < plan.unplacedPenalty / 2) {
                deltas.add(d);
            }
        }
        if (deltas.isEmpty()) {
            return 1;
        }
        deltas.sort(null);
        return Math.max(0.05, deltas.get(deltas.size() / 2) * 0.5);
    }

    /** Evaluates a random move and undoes it; NaN if none was possible. */
    private double probe(Plan plan, double cost) {
        return tryMove(plan, cost, -1);
    }

    /**
     * Tries one random move. With {@code temperature < 0} it is always undone (probe). Returns the
     * cost change if the move was kept, NaN if it was rejected or impossible (probes return the
     * change and undo).
     */
    private double tryMove(Plan plan, double cost, double temperature) {
        int s = movable[random.nextInt(movable.length)];
        int[] cells = in.allowedCells[s];
        int c = cells[random.nextInt(cells.length)];
        int a = plan.cellOf[s];
        if (c == a) {
            return Double.NaN;
        }
        int s2 = plan.occupant[c];
        if (s2 >= 0 && (in.pinned[s2] >= 0 || (a >= 0 && !in.allowedCell[s2][a]))) {
            return Double.NaN;
        }
        int tc = plan.slot(c);
        if (plan.hostBusy(s, tc, s2)) {
            return Double.NaN;
        }
        int ta = a >= 0 ? plan.slot(a) : -1;
        if (s2 >= 0 && a >= 0 && plan.hostBusy(s2, ta, s)) {
            return Double.NaN;
        }
        double overflowBefore = plan.overflow;
        double oa = ta >= 0 ? plan.slotOverflow[ta] : 0;
        double oc = plan.slotOverflow[tc];
        if (s2 >= 0) {
            plan.put(s2, -1);
        }
        plan.put(s, c);
        if (s2 >= 0) {
            plan.put(s2, a);
        }
        plan.refreshOverflow(tc);
        if (ta >= 0 && ta != tc) {
            plan.refreshOverflow(ta);
        }
        double delta = plan.cost() - cost;
        boolean keep = temperature >= 0
                && (delta <= 0 || (temperature > 0 && random.nextDouble() < Math.exp(-delta / temperature)));
        if (keep) {
            return delta;
        }
        if (s2 >= 0) {
            plan.put(s2, -1);
        }
        plan.put(s, a);
        if (s2 >= 0) {
            plan.put(s2, c);
        }
        if (ta >= 0) {
            plan.slotOverflow[ta] = oa;
        }
        plan.slotOverflow[tc] = oc;
        plan.overflow = overflowBefore;
        return temperature < 0 ? delta : Double.NaN;
    }
}
