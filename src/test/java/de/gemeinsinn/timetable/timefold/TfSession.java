package de.gemeinsinn.timetable.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * Planning entity: one session with one planning variable, its cell. The value range is the
 * session's own allowed cells (allowedRooms × allowedSlots minus slots a host is unavailable in
 * and cells pinned by other sessions), so those hard constraints can never be broken; pinned
 * sessions are {@link PlanningPin pinned} to their cell.
 */
@PlanningEntity
public class TfSession {

    @PlanningId
    int index;

    TfModel model;
    List<TfCell> allowed;

    @PlanningPin
    boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "allowedCells")
    TfCell cell;

    /** For cloning. */
    public TfSession() {}

    TfSession(int index, TfModel model, List<TfCell> allowed, boolean pinned, TfCell cell) {
        this.index = index;
        this.model = model;
        this.allowed = allowed;
        this.pinned = pinned;
        this.cell = cell;
    }

    @ValueRangeProvider(id = "allowedCells")
    public List<TfCell> getAllowed() {
        return allowed;
    }

    int slot() {
        return cell.slot;
    }

    boolean sharesHostWith(TfSession other) {
        return model.conflicts[index].get(other.index);
    }

    long capacityScaled() {
        return model.in.capacity()[cell.room] * model.scale;
    }

    boolean moved() {
        int prev = model.in.previous()[index];
        return prev != -2 && prev != cell.index;
    }

    @Override
    public String toString() {
        return model.in.sessionIds()[index] + "@" + cell;
    }
}
