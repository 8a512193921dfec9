package de.gemeinsinn.timetable;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs CP-SAT on a relaxation (for a proven lower bound and good starting plans) on one thread and
 * simulated annealing on the exact objective on the calling thread, for the given time; see
 * docs/adr/0030-timetable-solver.md.
 */
@Service
class DefaultTimetableSolver implements TimetableSolver {

    private static final Logger log = LoggerFactory.getLogger(DefaultTimetableSolver.class);

    /** Options for benchmarks; the bean uses the defaults. */
    record Options(
            boolean useCpSat,
            int cpWorkers,
            long seed,
            int cpMaxSessions,
            boolean bound,
            boolean relaxation,
            boolean secondSearch) {

        Options(boolean useCpSat, int cpWorkers, long seed, int cpMaxSessions) {
            this(useCpSat, cpWorkers, seed, cpMaxSessions, true, true, false);
        }

        /**
         * Up to 500 sessions a second thread first computes the assignment bound (LP, ADR 0031)
         * and then runs a second, independent annealing run; the better plan wins. Measured
         * against the CP-SAT relaxation as second thread (ADR 0030): better in 8, worse in 2,
         * equal in 4 of 14 paired 5-second runs (differences below 2 %).
         */
        static final Options DEFAULT = new Options(true, 1, 42, 500, true, false, true);
    }

    private final Options options;

    DefaultTimetableSolver() {
        this(Options.DEFAULT);
    }

    DefaultTimetableSolver(Options options) {
        this.options = options;
        if (options.useCpSat()) {
            // load the native library in the background so that the first request does not wait
            Thread loader = new Thread(CpSatRelaxation::available, "timetable-ortools-loader");
            loader.setDaemon(true);
            loader.start();
        }
    }

    @Override
    public ScheduleResult solve(ScheduleRequest request) {
        long start = System.nanoTime();
        Instance in = Instance.of(request);
        long limit = in.timeLimitMillis * 1_000_000L;
        // leave room for building the result and the JSON answer
        long deadline = start + limit - Math.min(limit / 20, 150_000_000L);
        LocalSearch search = new LocalSearch(in, options.seed());
        Plan initial = search.construct(null);

        AtomicReference<CpSatRelaxation.Outcome> outcome = new AtomicReference<>();
        // bound of the assignment relaxation, valid for plans that place every placeable session
        AtomicReference<Double> assignmentBound = new AtomicReference<>();
        int unplaceable = unplaceable(in);
        java.util.concurrent.atomic.AtomicBoolean proven = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicReference<Plan> secondBest = new AtomicReference<>();
        CompletableFuture<Void> cp = null;
        CpSatRelaxation[] relaxation = new CpSatRelaxation[1];
        AssignmentBound[] bounding = new AssignmentBound[1];
        if (options.useCpSat() && in.sessions <= options.cpMaxSessions()) {
            int[] hint = initial.cellOf.clone();
            cp = CompletableFuture.runAsync(
                    () -> {
                        try {
                            boolean nativeLibrary = CpSatRelaxation.available();
                            if (System.nanoTime() > deadline - 100_000_000L) {
                                return;
                            }
                            boolean placeAll = placesAllPlaceable(in, hint);
                            if (nativeLibrary && placeAll && options.bound()) {
                                for (AssignmentBound.Variant variant : AssignmentBound.Variant.values()) {
                                    double left = (deadline - System.nanoTime()) / 1e9 - 0.05;
                                    if (left < 0.05) {
                                        return;
                                    }
                                    AssignmentBound b = new AssignmentBound(in, variant);
                                    bounding[0] = b;
                                    Double value = b.solve(left);
                                    if (value != null) {
                                        assignmentBound.accumulateAndGet(
                                                value, (old, v) -> old == null ? v : Math.max(old, v));
                                    }
                                }
                            }
                            if (options.secondSearch() && System.nanoTime() < deadline - 100_000_000L) {
                                // a second, independent annealing run on the other core
                                LocalSearch other = new LocalSearch(in, options.seed() + 17);
                                Plan p2 = other.anneal(other.construct(null), deadline, () -> {
                                    if (proven.get()) {
                                        return true;
                                    }
                                    Double ab = assignmentBound.get();
                                    if (ab != null
                                            && unplaced(other.best()) == unplaceable
                                            && other.bestCost() - unplaceable * initial.unplacedPenalty <= ab + 1e-9) {
                                        proven.set(true);
                                        return true;
                                    }
                                    return false;
                                });
                                secondBest.set(p2);
                                return;
                            }
                            if (!nativeLibrary
                                    || !options.relaxation()
                                    || System.nanoTime() > deadline - 100_000_000L) {
                                return;
                            }
                            CpSatRelaxation r = new CpSatRelaxation(in, placeAll);
                            relaxation[0] = r;
                            r.hint(hint);
                            double seconds = (deadline - System.nanoTime()) / 1e9 - 0.05;
                            LocalSearch converter = new LocalSearch(in, options.seed() + 1);
                            CpSatRelaxation.Outcome o = r.solve(
                                    seconds,
                                    options.cpWorkers(),
                                    slots -> search.injected.set(converter.construct(cellsFor(in, slots)).cellOf));
                            outcome.set(o);
                        } catch (RuntimeException e) {
                            log.warn("CP-SAT relaxation failed: {}", e.toString());
                        }
                    },
                    runnable -> {
                        Thread t = new Thread(runnable, "timetable-cpsat");
                        t.setDaemon(true);
                        t.start();
                    });
        }
        CompletableFuture<Void> cpRun = cp;
        Plan best = search.anneal(initial, deadline, () -> {
            if (proven.get()) {
                return true;
            }
            Double ab = assignmentBound.get();
            if (ab != null
                    && unplaced(search.best()) == unplaceable
                    && search.bestCost() - unplaceable * initial.unplacedPenalty <= ab + 1e-9) {
                proven.set(true);
                return true;
            }
            CpSatRelaxation.Outcome o = outcome.get();
            if (o == null || !o.optimal()) {
                return false;
            }
            int unplaced = unplaced(search.best());
            Double lb = o.lowerBound(unplaced);
            return lb != null && search.bestCost() - unplaced * initial.unplacedPenalty <= lb + 1e-9;
        });
        if (cpRun != null) {
            // CP-SAT ends at the deadline by itself; never wait for it beyond that
            try {
                // a second search ends at the deadline too; allow it a few ms to hand over its plan
                long grace = options.secondSearch() ? 30_000_000L : 0;
                cpRun.get(Math.max(1, deadline + grace - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if (relaxation[0] != null) {
                    relaxation[0].stop();
                }
                if (bounding[0] != null) {
                    bounding[0].stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("CP-SAT relaxation failed: {}", e.toString());
            }
        }
        Plan other = secondBest.get();
        if (other != null && other.cost() < best.cost() - 1e-9) {
            best = other;
        }
        CpSatRelaxation.Outcome o = outcome.get();
        Double lowerBound = o == null ? null : o.lowerBound(unplaced(best.cellOf));
        Double ab = assignmentBound.get();
        if (ab != null && unplaced(best.cellOf) == unplaceable) {
            lowerBound = lowerBound == null ? ab : Math.max(lowerBound, ab);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return Results.of(best, lowerBound, millis);
    }

    private static int unplaceable(Instance in) {
        int n = 0;
        for (int s = 0; s < in.sessions; s++) {
            if (in.allowedCells[s].length == 0) {
                n++;
            }
        }
        return n;
    }

    private static boolean placesAllPlaceable(Instance in, int[] cells) {
        for (int s = 0; s < in.sessions; s++) {
            if (cells[s] < 0 && in.allowedCells[s].length > 0) {
                return false;
            }
        }
        return true;
    }

    private static int unplaced(int[] cells) {
        int n = 0;
        for (int c : cells) {
            if (c < 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Rooms for a slot-only solution: within each slot the sessions with the most expected
     * attendance get the biggest allowed rooms (the previous room if it is free and allowed).
     */
    static int[] cellsFor(Instance in, int[] slotOf) {
        int[] cells = new int[in.sessions];
        Arrays.fill(cells, -1);
        boolean[] taken = new boolean[in.cells()];
        for (int s = 0; s < in.sessions; s++) {
            if (in.pinned[s] >= 0) {
                cells[s] = in.pinned[s];
                taken[in.pinned[s]] = true;
            }
        }
        int[][] cnt = new int[in.participants][in.slots];
        for (int s = 0; s < in.sessions; s++) {
            if (slotOf[s] >= 0) {
                for (int p : in.interested[s]) {
                    cnt[p][slotOf[s]]++;
                }
            }
        }
        double[] attendance = new double[in.sessions];
        for (int s = 0; s < in.sessions; s++) {
            int t = slotOf[s];
            if (t >= 0) {
                for (int p : in.interested[s]) {
                    if (!in.unavailable[p][t]) {
                        attendance[s] += 1.0 / cnt[p][t];
                    }
                }
            }
        }
        Integer[] order = java.util.stream.IntStream.range(0, in.sessions)
                .filter(s -> in.pinned[s] < 0 && slotOf[s] >= 0)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer s) -> -attendance[s]))
                .toArray(Integer[]::new);
        // keep previous cells first
        for (int s : order) {
            int prev = in.inPrevious(s) ? in.previous[s] : -1;
            if (prev >= 0 && prev / in.rooms == slotOf[s] && in.allowedCell[s][prev] && !taken[prev]) {
                cells[s] = prev;
                taken[prev] = true;
            }
        }
        for (int s : order) {
            if (cells[s] >= 0) {
                continue;
            }
            int bestCell = -1;
            for (int c : in.allowedCells[s]) {
                if (c / in.rooms == slotOf[s]
                        && !taken[c]
                        && (bestCell < 0 || in.capacity[c % in.rooms] > in.capacity[bestCell % in.rooms])) {
                    bestCell = c;
                }
            }
            if (bestCell >= 0) {
                cells[s] = bestCell;
                taken[bestCell] = true;
            }
        }
        return cells;
    }
}
