package de.gemeinsinn.timetable.timefold;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A room × slot cell, the value of a session's planning variable (index = slot × rooms + room). */
public final class TfCell {

    @PlanningId
    final int index;

    final int room;
    final int slot;

    TfCell(int index, int room, int slot) {
        this.index = index;
        this.room = room;
        this.slot = slot;
    }

    @Override
    public String toString() {
        return "cell" + index;
    }
}
