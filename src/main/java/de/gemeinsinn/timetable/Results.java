package de.gemeinsinn.timetable;

import de.gemeinsinn.timetable.ScheduleRequest.Placement;
import de.gemeinsinn.timetable.ScheduleResult.Score;
import de.gemeinsinn.timetable.ScheduleResult.Unplaced;
import java.util.ArrayList;
import java.util.List;

/** Turns a plan back into ids, with the score of exactly that plan and German reasons. */
final class Results {

    private Results() {}

    static ScheduleResult of(Plan plan, Double lowerBound, long solveMillis) {
        Instance in = plan.in;
        plan.refreshAll();
        List<Placement> placements = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (int s = 0; s < in.sessions; s++) {
            int c = plan.cellOf[s];
            if (c >= 0) {
                placements.add(new Placement(in.sessionIds[s], in.roomIds[plan.room(c)], in.slotIds[plan.slot(c)]));
            } else {
                unplaced.add(new Unplaced(in.sessionIds[s], reason(in, s)));
            }
        }
        Score score = new Score(0, plan.missed(), plan.overflow, plan.moves, plan.total());
        // the bound is exact arithmetic on integers; only rounding of the overflow sum may differ
        Double bound =
                lowerBound == null || lowerBound > score.total() + 1e-6 ? null : Math.min(lowerBound, score.total());
        return new ScheduleResult(placements, unplaced, score, bound, solveMillis);
    }

    static String reason(Instance in, int s) {
        if (in.allowedCells[s].length > 0) {
            return "Alle passenden Raum-Slot-Zellen sind schon belegt oder die Hosts halten dort schon eine andere Session.";
        }
        var session = in.request.sessions().get(s);
        if (session.allowedSlots() != null && session.allowedSlots().isEmpty()
                || session.allowedRooms() != null && session.allowedRooms().isEmpty()) {
            return "Für diese Session sind keine Räume oder Slots erlaubt.";
        }
        boolean someSlotWithHosts = false;
        for (int t = 0; t < in.slots; t++) {
            boolean ok =
                    session.allowedSlots() == null || session.allowedSlots().contains(in.slotIds[t]);
            for (int h : in.hosts[s]) {
                ok &= !in.unavailable[h][t];
            }
            someSlotWithHosts |= ok;
        }
        if (!someSlotWithHosts) {
            return "Die Hosts sind in allen erlaubten Slots verhindert.";
        }
        return "Alle erlaubten Räume sind in den möglichen Slots durch angepinnte Sessions belegt.";
    }
}
