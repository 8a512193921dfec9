package de.gemeinsinn.timetable.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * A second constraint-stream formulation of the same objective ({@link TfConstraints} with
 * different attendance streams): the (participant, slot) groups only count (k), and each
 * (session, interested participant) pair is joined with its participant's group of the session's
 * slot to get the share scale/k. Tried to give constraint streams a better chance than the
 * list-and-flatten version (docs/adr/0033).
 */
public class TfJoinConstraints extends TfConstraints {

    /** Participant {@code participant} has {@code count} of their sessions in slot {@code slot}. */
    record Group(int participant, int slot, int count) {}

    /** (session, interest) pairs where the participant can attend the session's slot. */
    private static BiConstraintStream<TfSession, TfInterest> attendable(ConstraintFactory f) {
        return f.forEach(TfSession.class)
                .join(TfInterest.class, Joiners.equal((TfSession s) -> s.index, TfInterest::session))
                .filter((s, i) -> !s.model.in.unavailable()[i.participant()][s.slot()]);
    }

    private static UniConstraintStream<Group> groups(ConstraintFactory f) {
        return attendable(f)
                .groupBy((s, i) -> i.participant(), (s, i) -> s.slot(), ConstraintCollectors.countBi())
                .map(Group::new);
    }

    @Override
    Constraint coverage(ConstraintFactory f) {
        return attendable(f)
                .groupBy((s, i) -> i.participant(), (s, i) -> s.slot(), ConstraintCollectors.countBi())
                .join(TfConstant.class)
                .rewardLong(HardSoftLongScore.ONE_SOFT, (p, t, k, c) -> c.scale())
                .asConstraint("covered participant-slots");
    }

    @Override
    Constraint overflow(ConstraintFactory f) {
        return attendable(f)
                .join(
                        groups(f),
                        Joiners.equal((s, i) -> i.participant(), Group::participant),
                        Joiners.equal((s, i) -> s.slot(), Group::slot))
                .groupBy((s, i, g) -> s, ConstraintCollectors.sumLong((s, i, g) -> s.model.scale / g.count()))
                .filter((s, att) -> att > s.capacityScaled())
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (s, att) -> att - s.capacityScaled())
                .asConstraint("capacity overflow");
    }
}
