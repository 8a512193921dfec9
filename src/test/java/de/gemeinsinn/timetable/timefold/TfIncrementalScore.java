package de.gemeinsinn.timetable.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;
import de.gemeinsinn.timetable.TimetableScoring.Compiled;

/**
 * The same objective as {@link TfConstraints}, maintained by hand (the way our own annealer does
 * it): per slot and participant the number of I_p sessions placed there; the overflow of a slot is
 * recomputed from scratch when the slot was touched. Hard: pairs of sessions in one cell and pairs
 * of sessions of one host in one slot.
 */
public class TfIncrementalScore implements IncrementalScoreCalculator<TfSchedule, HardSoftLongScore> {

    private TfModel model;
    private Compiled in;
    private int[][] cnt;
    private int[] cellCount;
    private int[][] hostCount;
    private int[][] members;
    private int[] size;
    private int[] position;
    private boolean[] dirty;
    private long[] slotOverflow;
    private long overflow;
    private long covered;
    private long hard;
    private long moves;
    /** Cell per session index (for the room of a slot's members). */
    private int[] cellOf;

    @Override
    public void resetWorkingSolution(TfSchedule schedule) {
        model = schedule.model;
        in = model.in;
        cnt = new int[in.slots()][in.participants()];
        cellCount = new int[in.rooms() * in.slots()];
        hostCount = new int[in.participants()][in.slots()];
        members = new int[in.slots()][in.sessions()];
        size = new int[in.slots()];
        position = new int[in.sessions()];
        cellOf = new int[in.sessions()];
        dirty = new boolean[in.slots()];
        slotOverflow = new long[in.slots()];
        overflow = 0;
        covered = 0;
        hard = 0;
        moves = 0;
        for (TfSession s : schedule.sessions) {
            add(s);
        }
    }

    private void add(TfSession s) {
        if (s.cell == null) {
            return;
        }
        int t = s.cell.slot;
        hard += cellCount[s.cell.index]++;
        for (int h : in.hosts()[s.index]) {
            hard += hostCount[h][t]++;
        }
        int[] c = cnt[t];
        boolean[][] away = in.unavailable();
        for (int p : in.interested()[s.index]) {
            if (c[p]++ == 0 && !away[p][t]) {
                covered++;
            }
        }
        cellOf[s.index] = s.cell.index;
        position[s.index] = size[t];
        members[t][size[t]++] = s.index;
        dirty[t] = true;
        if (s.moved()) {
            moves++;
        }
    }

    private void remove(TfSession s) {
        if (s.cell == null) {
            return;
        }
        int t = s.cell.slot;
        hard -= --cellCount[s.cell.index];
        for (int h : in.hosts()[s.index]) {
            hard -= --hostCount[h][t];
        }
        int[] c = cnt[t];
        boolean[][] away = in.unavailable();
        for (int p : in.interested()[s.index]) {
            if (--c[p] == 0 && !away[p][t]) {
                covered--;
            }
        }
        int pos = position[s.index];
        int last = members[t][--size[t]];
        members[t][pos] = last;
        position[last] = pos;
        dirty[t] = true;
        if (s.moved()) {
            moves--;
        }
    }

    @Override
    public void beforeEntityAdded(Object entity) {}

    @Override
    public void afterEntityAdded(Object entity) {
        add((TfSession) entity);
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        remove((TfSession) entity);
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        add((TfSession) entity);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        remove((TfSession) entity);
    }

    @Override
    public void afterEntityRemoved(Object entity) {}

    @Override
    public HardSoftLongScore calculateScore() {
        long scale = model.scale;
        int[][] interested = in.interested();
        boolean[][] away = in.unavailable();
        for (int t = 0; t < in.slots(); t++) {
            if (!dirty[t]) {
                continue;
            }
            dirty[t] = false;
            int[] c = cnt[t];
            long o = 0;
            for (int i = 0; i < size[t]; i++) {
                int s = members[t][i];
                long att = 0;
                for (int p : interested[s]) {
                    if (!away[p][t]) {
                        att += scale / c[p];
                    }
                }
                long cap = (long) in.capacity()[cellOf[s] % in.rooms()] * scale;
                if (att > cap) {
                    o += att - cap;
                }
            }
            overflow += o - slotOverflow[t];
            slotOverflow[t] = o;
        }
        long missed = model.totalInterests - covered;
        return HardSoftLongScore.of(-hard, -(scale * missed + overflow + model.moveCostScaled * moves));
    }
}
