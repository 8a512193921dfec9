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
    record Options(boolean useCpSat, int cpWorkers, long seed, int cpMaxSessions) {
        /**
         * CP-SAT only up to 60 sessions: above that it found neither a bound nor a better plan in 5 s
         * (see the ADR), and it takes a core away from the local search.
         */
        static final Options DEFAULT = new Options(true, 1, 42, 60);
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
        CompletableFuture<Void> cp = null;
        CpSatRelaxation[] relaxation = new CpSatRelaxation[1];
        if (options.useCpSat() && in.sessions <= options.cpMaxSessions()) {
            int[] hint = initial.cellOf.clone();
            cp = CompletableFuture.runAsync(
                    () -> {
                        try {
                            if (!CpSatRelaxation.available() || System.nanoTime() > deadline - 100_000_000L) {
                                return;
                            }
                            CpSatRelaxation r = new CpSatRelaxation(in, placesAllPlaceable(in, hint));
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
                cpRun.get(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if (relaxation[0] != null) {
                    relaxation[0].stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("CP-SAT relaxation failed: {}", e.toString());
            }
        }
        CpSatRelaxation.Outcome o = outcome.get();
        Double lowerBound = o == null ? null : o.lowerBound(unplaced(best.cellOf));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return Results.of(best, lowerBound, millis);
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
