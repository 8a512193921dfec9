package de.gemeinsinn.timetable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark of the timetable solver (not a test; run through bench/timetable/run.sh).
 *
 * <p>Arguments: seconds per run, modes (comma separated: {@code ls} = local search only, {@code
 * ab2} = assignment bound (LP) then a second annealing run on the second thread — the production
 * default, {@code ab} = bound only beside one annealing run, {@code cp1}/{@code cp2} = bound then
 * the CP-SAT slot relaxation with 1/2 workers beside the annealing run (ADR 0030's default), {@code
 * old} = CP-SAT relaxation without the assignment bound), instance files. Prints one Markdown row
 * per instance and mode.
 */
public final class TimetableBenchmark {

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        String[] modes = args[1].split(",");
        JsonMapper json = JsonMapper.builder().build();
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        System.out.println(
                "| instance | S/R/T/P | mode | time limit s | total | missed | overflow | moves | unplaced | lower bound | gap % | wall ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Path file : files) {
            ScheduleRequest raw = json.readValue(Files.readString(file), ScheduleRequest.class);
            ScheduleRequest request = new ScheduleRequest(
                    raw.rooms(),
                    raw.slots(),
                    raw.sessions(),
                    raw.participants(),
                    raw.previous(),
                    raw.moveCost(),
                    seconds);
            for (String mode : modes) {
                DefaultTimetableSolver.Options options = switch (mode) {
                    case "ls" -> new DefaultTimetableSolver.Options(false, 1, 42, 0);
                    case "cp1" -> new DefaultTimetableSolver.Options(true, 1, 42, Integer.MAX_VALUE);
                    case "cp2" -> new DefaultTimetableSolver.Options(true, 2, 42, Integer.MAX_VALUE);
                    case "ab" -> new DefaultTimetableSolver.Options(true, 1, 42, Integer.MAX_VALUE, true, false, false);
                    case "ab2" -> new DefaultTimetableSolver.Options(true, 1, 42, Integer.MAX_VALUE, true, false, true);
                    case "old" ->
                        new DefaultTimetableSolver.Options(true, 1, 42, Integer.MAX_VALUE, false, true, false);
                    default -> throw new IllegalArgumentException(mode);
                };
                long start = System.nanoTime();
                ScheduleResult r = new DefaultTimetableSolver(options).solve(request);
                long wall = (System.nanoTime() - start) / 1_000_000;
                ScheduleResult.Score s = r.score();
                String name = file.getFileName().toString().replace(".json", "");
                String size = raw.sessions().size() + "/" + raw.rooms().size() + "/"
                        + raw.slots().size() + "/" + raw.participants().size();
                String lb = r.lowerBound() == null ? "–" : fmt(r.lowerBound());
                String gap = r.lowerBound() == null || s.total() == 0
                        ? (r.lowerBound() != null ? "0.00" : "–")
                        : String.format(Locale.ROOT, "%.2f", 100 * (s.total() - r.lowerBound()) / s.total());
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %d | %s | %d | %d | %s | %s | %d |%n",
                        name,
                        size,
                        mode,
                        fmt(seconds),
                        fmt(s.total()),
                        s.missedInterest(),
                        fmt(s.capacityOverflow()),
                        s.moves(),
                        r.unplaced().size(),
                        lb,
                        gap,
                        wall);
            }
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
