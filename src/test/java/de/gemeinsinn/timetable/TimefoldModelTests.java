package de.gemeinsinn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import de.gemeinsinn.timetable.ScheduleRequest.Cell;
import de.gemeinsinn.timetable.ScheduleRequest.Placement;
import de.gemeinsinn.timetable.ScheduleRequest.Session;
import de.gemeinsinn.timetable.timefold.TimefoldTimetable;
import de.gemeinsinn.timetable.timefold.TimefoldTimetable.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Timefold model used for the comparison in docs/adr/0033 (benchmark code, test scope) must
 * optimise exactly our objective: on small random instances with a pin and a previous plan, its
 * plans are hard-feasible and its own (scaled) score equals the production evaluator's total and
 * the independent formula of {@link TimetableSolverTests}. FULL_ASSERT makes Timefold re-check
 * every incremental score (constraint streams and the hand-written calculator) from scratch.
 */
class TimefoldModelTests {

    @Test
    void timefoldScoreEqualsOurEvaluatorOnSmallInstances() {
        Random rnd = new Random(3);
        for (int i = 0; i < 3; i++) {
            ScheduleRequest base = TimetableSolverTests.random(rnd, 7 + i, 3, 4, 25, 0.4);
            ScheduleRequest req = withPinAndPrevious(base);
            for (Variant variant : List.of(Variant.STREAMS, Variant.STREAMS_JOIN, Variant.INCREMENTAL)) {
                TimefoldTimetable.Outcome out = TimefoldTimetable.solve(req, variant, 1, EnvironmentMode.FULL_ASSERT);
                assertThat(out.timefoldHard()).as("%s hard", variant).isZero();
                assertThat(TimetableScoring.hardViolations(req, out.placements()))
                        .isZero();
                assertThat(out.placements()).hasSize(req.sessions().size());
                assertThat(out.placements()).contains(new Placement("s0", "r1", "t2"));
                ScheduleResult ours = TimetableScoring.score(req, out.placements(), out.wallMillis());
                assertThat(out.timefoldTotal())
                        .as("%s: Timefold's total vs ours", variant)
                        .isCloseTo(ours.score().total(), within(1e-9));
                ScheduleResult asResult = new ScheduleResult(out.placements(), List.of(), ours.score(), null, 0);
                assertThat(TimetableSolverTests.score(req, asResult).total())
                        .isCloseTo(ours.score().total(), within(1e-9));
                TimetableSolverTests.assertFeasible(req, asResult);
            }
        }
    }

    /** Pins s0 to r1/t2 and adds a previous plan for s1..s3 so that moves count. */
    private static ScheduleRequest withPinAndPrevious(ScheduleRequest r) {
        List<Session> sessions = new ArrayList<>(r.sessions());
        Session s0 = sessions.get(0);
        sessions.set(0, new Session(s0.id(), s0.title(), s0.hosts(), new Cell("r1", "t2"), null, null));
        List<Placement> previous = List.of(
                new Placement("s1", "r0", "t0"), new Placement("s2", "r1", "t0"), new Placement("s3", "r2", "t1"));
        return new ScheduleRequest(
                r.rooms(), r.slots(), sessions, r.participants(), previous, 2.0, r.timeLimitSeconds());
    }
}
