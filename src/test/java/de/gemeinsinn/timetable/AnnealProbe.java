package de.gemeinsinn.timetable;

import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * One single-threaded annealing run per instance file (no bounds, no second thread), printing the
 * total and the moves per CPU second; used for the "best known" long runs and for profiling. Run
 * through bench/timetable/anneal.sh.
 */
public final class AnnealProbe {
    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        long seed = Long.parseLong(args[1]);
        JsonMapper json = JsonMapper.builder().build();
        for (int i = 2; i < args.length; i++) {
            ScheduleRequest req = json.readValue(Files.readString(Path.of(args[i])), ScheduleRequest.class);
            Instance in = Instance.of(req);
            LocalSearch ls = new LocalSearch(in, seed);
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Plan p = ls.anneal(ls.construct(null), t0 + (long) (seconds * 1e9), () -> false);
            double el = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf(
                    "%s total %.2f iterations %d (%.0f/cpu-s, cpu %.1f s)%n",
                    args[i], p.total(), ls.iterations(), ls.iterations() / el, el);
        }
    }
}
