package de.gemeinsinn.timetable.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.List;

/** Planning solution: sessions (entities), interests and the constant term (facts), the score. */
@PlanningSolution
public class TfSchedule {

    TfModel model;

    @PlanningEntityCollectionProperty
    List<TfSession> sessions;

    @ProblemFactCollectionProperty
    List<TfInterest> interests;

    @ProblemFactProperty
    TfConstant constant;

    @PlanningScore
    HardSoftLongScore score;

    /** For cloning. */
    public TfSchedule() {}

    TfSchedule(TfModel model, List<TfSession> sessions, List<TfInterest> interests, TfConstant constant) {
        this.model = model;
        this.sessions = sessions;
        this.interests = interests;
        this.constant = constant;
    }
}
