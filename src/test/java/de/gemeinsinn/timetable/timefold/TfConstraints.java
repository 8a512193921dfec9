package de.gemeinsinn.timetable.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The objective as Timefold constraint streams (soft scores scaled by {@link
 * TfModel#scale}): soft = −scale × (missedInterest + capacityOverflow + moveCost × moves).
 *
 * <p>missedInterest = Σ|I_p| − |{(p, t) : t ∉ U_p, some s ∈ I_p placed in t}|: a constant fact
 * minus one reward per (participant, slot) group. Attendance: the same groups carry the list of
 * p's sessions in t; each of the k sessions gets scale/k, summed per session, and the part above
 * scale × capacity is penalised.
 */
public class TfConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {cellConflict(f), hostConflict(f), constant(f), coverage(f), overflow(f), moves(f)};
    }

    Constraint cellConflict(ConstraintFactory f) {
        return f.forEachUniquePair(TfSession.class, Joiners.equal((TfSession s) -> s.cell))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("one session per cell");
    }

    Constraint hostConflict(ConstraintFactory f) {
        return f.forEachUniquePair(
                        TfSession.class, Joiners.equal(TfSession::slot), Joiners.filtering(TfSession::sharesHostWith))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("host in one session per slot");
    }

    Constraint constant(ConstraintFactory f) {
        return f.forEach(TfConstant.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, TfConstant::value)
                .asConstraint("all interests (constant)");
    }

    /** (participant, slot, p's sessions placed in that slot) for slots p can attend. */
    private static TriConstraintStream<Integer, Integer, List<TfSession>> groups(ConstraintFactory f) {
        return f.forEach(TfSession.class)
                .join(TfInterest.class, Joiners.equal((TfSession s) -> s.index, TfInterest::session))
                .filter((s, i) -> !s.model.in.unavailable()[i.participant()][s.slot()])
                .groupBy(
                        (s, i) -> i.participant(),
                        (s, i) -> s.slot(),
                        ConstraintCollectors.toList((TfSession s, TfInterest i) -> s));
    }

    Constraint coverage(ConstraintFactory f) {
        return groups(f)
                .rewardLong(HardSoftLongScore.ONE_SOFT, (p, t, list) -> list.get(0).model.scale)
                .asConstraint("covered participant-slots");
    }

    record Share(TfSession session, long weight) {}

    Constraint overflow(ConstraintFactory f) {
        return groups(f)
                .flattenLast(list -> {
                    long w = list.get(0).model.scale / list.size();
                    List<Share> shares = new ArrayList<>(list.size());
                    for (TfSession s : list) {
                        shares.add(new Share(s, w));
                    }
                    return shares;
                })
                .groupBy(
                        (p, t, share) -> share.session(), ConstraintCollectors.sumLong((p, t, share) -> share.weight()))
                .filter((s, att) -> att > s.capacityScaled())
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (s, att) -> att - s.capacityScaled())
                .asConstraint("capacity overflow");
    }

    Constraint moves(ConstraintFactory f) {
        return f.forEach(TfSession.class)
                .filter(TfSession::moved)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.model.moveCostScaled)
                .asConstraint("moved sessions");
    }
}
