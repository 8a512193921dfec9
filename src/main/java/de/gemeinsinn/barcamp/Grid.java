package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Room;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.barcamp.Stored.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rooms × slots with the sessions placed in them, for the planning grid and the board. */
record Grid(List<Room> rooms, List<Slot> slots, Map<String, Session> cells, List<Session> unplaced) {

    static Grid of(List<Room> rooms, List<Slot> slots, List<Session> sessions) {
        Map<String, Session> cells = new HashMap<>();
        List<Session> unplaced = new ArrayList<>();
        for (Session s : sessions) {
            if (s.placed()) {
                cells.put(key(s.roomId().toString(), s.slotId().toString()), s);
            } else {
                unplaced.add(s);
            }
        }
        return new Grid(rooms, slots, cells, unplaced);
    }

    static String key(String room, String slot) {
        return room + "/" + slot;
    }

    public Session at(Room room, Slot slot) {
        return cells.get(key(room.id().toString(), slot.id().toString()));
    }

    public Room room(Session s) {
        return s.roomId() == null
                ? null
                : rooms.stream()
                        .filter(r -> r.id().equals(s.roomId()))
                        .findFirst()
                        .orElse(null);
    }

    public Slot slot(Session s) {
        return s.slotId() == null
                ? null
                : slots.stream()
                        .filter(t -> t.id().equals(s.slotId()))
                        .findFirst()
                        .orElse(null);
    }

    public boolean empty() {
        return cells.isEmpty();
    }
}
