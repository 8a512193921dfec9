package de.gemeinsinn.timetable.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import de.gemeinsinn.timetable.ScheduleRequest;
import de.gemeinsinn.timetable.ScheduleRequest.Placement;
import de.gemeinsinn.timetable.TimetableScoring;
import de.gemeinsinn.timetable.TimetableScoring.Compiled;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Solves a {@link ScheduleRequest} with Timefold Solver 1.32 (community edition) for the
 * comparison in docs/adr/0033. Benchmark code only; production does not ship Timefold.
 */
public final class TimefoldTimetable {

    /** Score calculation and phases. */
    public enum Variant {
        /** Constraint streams, Timefold's default phases (first fit, then late acceptance). */
        STREAMS(null, null),
        /** Constraint streams, attendance by joining counts instead of lists ({@link TfJoinConstraints}). */
        STREAMS_JOIN(null, null),
        /** Incremental score calculator (hand-written deltas), default phases. */
        INCREMENTAL(null, null),
        /** Incremental score calculator, construction heuristic + tabu search. */
        INCREMENTAL_TABU(LocalSearchType.TABU_SEARCH, null),
        /** Incremental score calculator, construction heuristic + diversified late acceptance. */
        INCREMENTAL_DLA(LocalSearchType.DIVERSIFIED_LATE_ACCEPTANCE, null),
        /** Constraint streams with moveThreadCount = 2. */
        STREAMS_2_THREADS(null, "2"),
        /** Incremental score calculator with moveThreadCount = 2. */
        INCREMENTAL_2_THREADS(null, "2");

        final LocalSearchType localSearch;
        final String moveThreads;

        Variant(LocalSearchType localSearch, String moveThreads) {
            this.localSearch = localSearch;
            this.moveThreads = moveThreads;
        }

        boolean streams() {
            return this == STREAMS || this == STREAMS_2_THREADS;
        }
    }

    /** Timefold's best plan, its own score (scaled back to our units) and its counters. */
    public record Outcome(
            List<Placement> placements,
            int timefoldHard,
            double timefoldTotal,
            long scoreCalculations,
            long moveEvaluations,
            long wallMillis) {}

    private TimefoldTimetable() {}

    public static Outcome solve(ScheduleRequest request, Variant variant, long seed) {
        return solve(request, variant, seed, EnvironmentMode.REPRODUCIBLE);
    }

    /** {@code mode} FULL_ASSERT (tests) re-checks every incremental score against a full calculation. */
    public static Outcome solve(ScheduleRequest request, Variant variant, long seed, EnvironmentMode mode) {
        long start = System.nanoTime();
        Compiled in = TimetableScoring.compile(request);
        TfModel model = new TfModel(in);
        TfSchedule problem = problem(model);
        double seconds = request.timeLimitSeconds() == null ? 5 : request.timeLimitSeconds();
        long limitMillis = Math.round(seconds * 1000);
        // the same margin our solver leaves for the answer: 5 %, at most 150 ms
        long spent = limitMillis - Math.min(limitMillis / 20, 150);
        SolverConfig config = new SolverConfig()
                .withSolutionClass(TfSchedule.class)
                .withEntityClasses(TfSession.class)
                .withRandomSeed(seed)
                .withEnvironmentMode(mode)
                .withTerminationSpentLimit(Duration.ofMillis(spent));
        if (variant == Variant.STREAMS_JOIN) {
            config.withConstraintProviderClass(TfJoinConstraints.class);
        } else if (variant.streams()) {
            config.withConstraintProviderClass(TfConstraints.class);
        } else {
            config.withScoreDirectorFactory(
                    new ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig()
                            .withIncrementalScoreCalculatorClass(TfIncrementalScore.class));
        }
        if (variant.moveThreads != null) {
            config.withMoveThreadCount(variant.moveThreads);
        }
        if (variant.localSearch == LocalSearchType.DIVERSIFIED_LATE_ACCEPTANCE) {
            config.withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE);
        }
        if (variant.localSearch != null) {
            config.withPhases(
                    new ConstructionHeuristicPhaseConfig(),
                    new LocalSearchPhaseConfig().withLocalSearchType(variant.localSearch));
        }
        Solver<TfSchedule> solver = SolverFactory.<TfSchedule>create(config).buildSolver();
        TfSchedule best = solver.solve(problem);
        long calculations = 0;
        long evaluations = 0;
        if (solver instanceof DefaultSolver<TfSchedule> d) {
            calculations = d.getScoreCalculationCount();
            evaluations = d.getMoveEvaluationCount();
        }
        List<Placement> placements = new ArrayList<>();
        for (TfSession s : best.sessions) {
            if (s.cell != null) {
                placements.add(
                        new Placement(in.sessionIds()[s.index], in.roomIds()[s.cell.room], in.slotIds()[s.cell.slot]));
            }
        }
        HardSoftLongScore score = best.score;
        return new Outcome(
                placements,
                (int) -score.hardScore(),
                -score.softScore() / (double) model.scale,
                calculations,
                evaluations,
                (System.nanoTime() - start) / 1_000_000);
    }

    static TfSchedule problem(TfModel model) {
        Compiled in = model.in;
        TfCell[] cells = new TfCell[in.rooms() * in.slots()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = new TfCell(c, c % in.rooms(), c / in.rooms());
        }
        List<TfSession> sessions = new ArrayList<>();
        for (int s = 0; s < in.sessions(); s++) {
            int[] allowed = in.allowedCells()[s];
            if (allowed.length == 0) {
                throw new IllegalArgumentException("session without any allowed cell: " + in.sessionIds()[s]);
            }
            List<TfCell> range = new ArrayList<>(allowed.length);
            for (int c : allowed) {
                range.add(cells[c]);
            }
            boolean pinned = in.pinned()[s] >= 0;
            sessions.add(new TfSession(s, model, range, pinned, pinned ? cells[in.pinned()[s]] : null));
        }
        List<TfInterest> interests = new ArrayList<>();
        for (int p = 0; p < in.participants(); p++) {
            for (int s : in.interests()[p]) {
                interests.add(new TfInterest(p, s));
            }
        }
        return new TfSchedule(
                model, sessions, interests, new TfConstant(model.scale * model.totalInterests, model.scale));
    }
}
