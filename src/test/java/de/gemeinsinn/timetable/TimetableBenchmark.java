package de.gemeinsinn.timetable;

import de.gemeinsinn.timetable.timefold.TimefoldTimetable;
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
 * def} = the production default (assignment bound, collision bound up to 80 sessions, then a
 * second annealing run; ADR 0032), {@code ab2} = assignment bound (LP) then a second annealing run
 * on the second thread (ADR 0031's default), {@code ab} = bound only beside one annealing run, {@code cp1}/{@code cp2} = bound then
 * the CP-SAT slot relaxation with 1/2 workers beside the annealing run (ADR 0030's default), {@code
 * old} = CP-SAT relaxation without the assignment bound; Timefold 1.32, docs/adr/0033: {@code tf} =
 * constraint streams, {@code tfj} = constraint streams with join-based attendance, {@code tfi} = incremental score calculator (both Timefold's default phases),
 * {@code tfit} / {@code tfid} = incremental with tabu search / diversified late acceptance, {@code
 * tf2} / {@code tfi2} = moveThreadCount 2), instance files. Prints one Markdown row per instance and
 * mode. Timefold plans are checked for hard violations and re-scored with the production evaluator;
 * the row shows our total, the note Timefold's own (scaled back) score and its move rate.
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
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        System.out.println(
                "| instance | S/R/T/P | mode | time limit s | total | missed | overflow | moves | unplaced | lower bound | gap % | wall ms | note |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
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
                String name = file.getFileName().toString().replace(".json", "");
                String size = raw.sessions().size() + "/" + raw.rooms().size() + "/"
                        + raw.slots().size() + "/" + raw.participants().size();
                if (mode.startsWith("tf")) {
                    timefold(request, mode, name, size, seconds);
                    continue;
                }
                DefaultTimetableSolver.Options options = switch (mode) {
                    case "ls" -> new DefaultTimetableSolver.Options(false, 1, 42, 0);
                    case "cp1" -> new DefaultTimetableSolver.Options(true, 1, 42, Integer.MAX_VALUE);
                    case "cp2" -> new DefaultTimetableSolver.Options(true, 2, 42, Integer.MAX_VALUE);
                    case "ab" -> new DefaultTimetableSolver.Options(true, 1, 42, Integer.MAX_VALUE, true, false, false);
                    case "ab2" -> new DefaultTimetableSolver.Options(true, 1, 42, Integer.MAX_VALUE, true, false, true);
                    case "def" -> DefaultTimetableSolver.Options.DEFAULT;
                    case "old" ->
                        new DefaultTimetableSolver.Options(true, 1, 42, Integer.MAX_VALUE, false, true, false);
                    default -> throw new IllegalArgumentException(mode);
                };
                long start = System.nanoTime();
                ScheduleResult r = new DefaultTimetableSolver(options).solve(request);
                long wall = (System.nanoTime() - start) / 1_000_000;
                ScheduleResult.Score s = r.score();
                String lb = r.lowerBound() == null ? "–" : fmt(r.lowerBound());
                String gap = r.lowerBound() == null || s.total() == 0
                        ? (r.lowerBound() != null ? "0.00" : "–")
                        : String.format(Locale.ROOT, "%.2f", 100 * (s.total() - r.lowerBound()) / s.total());
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %d | %s | %d | %d | %s | %s | %d | |%n",
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

    private static void timefold(ScheduleRequest request, String mode, String name, String size, double seconds) {
        TimefoldTimetable.Variant variant = switch (mode) {
            case "tf" -> TimefoldTimetable.Variant.STREAMS;
            case "tfj" -> TimefoldTimetable.Variant.STREAMS_JOIN;
            case "tfi" -> TimefoldTimetable.Variant.INCREMENTAL;
            case "tfit" -> TimefoldTimetable.Variant.INCREMENTAL_TABU;
            case "tfid" -> TimefoldTimetable.Variant.INCREMENTAL_DLA;
            case "tf2" -> TimefoldTimetable.Variant.STREAMS_2_THREADS;
            case "tfi2" -> TimefoldTimetable.Variant.INCREMENTAL_2_THREADS;
            default -> throw new IllegalArgumentException(mode);
        };
        TimefoldTimetable.Outcome out;
        try {
            out = TimefoldTimetable.solve(request, variant, 42);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).replace('|', '/').replace('\n', ' ');
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | failed | | | | | | | | %s: %s |%n",
                    name,
                    size,
                    mode,
                    fmt(seconds),
                    e.getClass().getSimpleName(),
                    message.length() > 300 ? message.substring(0, 300) + "…" : message);
            return;
        }
        int hard = TimetableScoring.hardViolations(request, out.placements());
        int missing = request.sessions().size() - out.placements().size();
        if (hard > 0 || out.timefoldHard() > 0 || missing > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | infeasible | | | | %d | | | %d | hard %d (Timefold's %d), %d sessions not placed (construction unfinished) |%n",
                    name,
                    size,
                    mode,
                    fmt(seconds),
                    missing,
                    out.wallMillis(),
                    hard,
                    out.timefoldHard(),
                    missing);
            return;
        }
        ScheduleResult r = TimetableScoring.score(request, out.placements(), out.wallMillis());
        ScheduleResult.Score s = r.score();
        double diff = Math.abs(out.timefoldTotal() - s.total());
        double solveSeconds = Math.max(0.001, out.wallMillis() / 1000.0);
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %d | %s | %d | %d | – | – | %d | Timefold's score %s%s; %.0f k moves/s |%n",
                name,
                size,
                mode,
                fmt(seconds),
                fmt(s.total()),
                s.missedInterest(),
                fmt(s.capacityOverflow()),
                s.moves(),
                r.unplaced().size(),
                out.wallMillis(),
                fmt(out.timefoldTotal()),
                diff < 1e-6 ? " (equal)" : " (DIFFERS)",
                out.moveEvaluations() / solveSeconds / 1000);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
