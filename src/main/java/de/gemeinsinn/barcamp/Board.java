package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Change;
import de.gemeinsinn.barcamp.Stored.Room;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.barcamp.Stored.Slot;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the live board and the kiosk show at a moment: per room the session running now and the
 * next one, the whole grid, and the announced changes.
 */
record Board(
        Camp camp,
        Grid grid,
        List<RoomNow> rooms,
        List<Change> changes,
        ZonedDateTime at,
        boolean over,
        boolean published) {

    record RoomNow(Room room, Session now, Slot nowSlot, Session next, Slot nextSlot) {}

    static Board at(Camp camp, Grid grid, List<Change> changes, Instant at) {
        List<RoomNow> rooms = new ArrayList<>();
        for (Room room : grid.rooms()) {
            Session now = null;
            Slot nowSlot = null;
            Session next = null;
            Slot nextSlot = null;
            List<Slot> slots = grid.slots().stream()
                    .sorted(Comparator.comparing(Slot::startsAt))
                    .toList();
            for (Slot slot : slots) {
                Session s = grid.at(room, slot);
                if (s == null) {
                    continue;
                }
                if (!slot.startsAt().isAfter(at) && slot.endsAt().isAfter(at)) {
                    now = s;
                    nowSlot = slot;
                } else if (slot.startsAt().isAfter(at) && next == null) {
                    next = s;
                    nextSlot = slot;
                }
            }
            rooms.add(new RoomNow(room, now, nowSlot, next, nextSlot));
        }
        boolean over = grid.slots().stream().allMatch(s -> !s.endsAt().isAfter(at))
                && !grid.slots().isEmpty();
        return new Board(
                camp,
                grid,
                rooms,
                changes,
                at.atZone(Stored.ZONE),
                over,
                camp.barcamp().published());
    }
}
