package de.gemeinsinn.timetable;

import de.gemeinsinn.timetable.ScheduleRequest.Cell;
import de.gemeinsinn.timetable.ScheduleRequest.Participant;
import de.gemeinsinn.timetable.ScheduleRequest.Placement;
import de.gemeinsinn.timetable.ScheduleRequest.Room;
import de.gemeinsinn.timetable.ScheduleRequest.Session;
import de.gemeinsinn.timetable.ScheduleRequest.Slot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated request compiled to array indices. Cells are numbered {@code cell = slot * rooms +
 * room}. Every check that makes a request unsolvable as given throws {@link
 * InvalidScheduleRequestException} with a German message naming the offending id.
 */
final class Instance {

    static final int MAX_SESSIONS = 2_000;
    static final int MAX_CELLS = 20_000;
    static final int MAX_PARTICIPANTS = 100_000;
    static final long MAX_PARTICIPANT_SLOTS = 5_000_000;

    final ScheduleRequest request;
    final int rooms;
    final int slots;
    final int sessions;
    final int participants;
    final String[] roomIds;
    final String[] slotIds;
    final String[] sessionIds;
    final int[] capacity;
    /** Participants interested in a session (its interests plus its hosts), no duplicates. */
    final int[][] interested;
    /** I_p: sessions of interest of a participant (interests plus hosted sessions). */
    final int[][] interests;
    /** U_p as a flag per slot. */
    final boolean[][] unavailable;
    /** Host participant indices per session. */
    final int[][] hosts;
    /** Sessions hosted per participant (only for hosts). */
    final int[][] hostedBy;
    /** Allowed cells per session (allowedRooms/Slots, host availability and pin applied). */
    final int[][] allowedCells;

    final boolean[][] allowedCell;
    /** Pinned cell per session or -1. */
    final int[] pinned;
    /** Cell in the previous plan, -2 if not mentioned there. */
    final int[] previous;

    final double moveCost;
    final long timeLimitMillis;

    private Instance(ScheduleRequest request) {
        this.request = request;
        List<Room> roomList = required(request.rooms(), "rooms");
        List<Slot> slotList = required(request.slots(), "slots");
        List<Session> sessionList = required(request.sessions(), "sessions");
        List<Participant> participantList = required(request.participants(), "participants");
        rooms = roomList.size();
        slots = slotList.size();
        sessions = sessionList.size();
        participants = participantList.size();
        if (sessions > MAX_SESSIONS) {
            throw invalid("Zu viele Sessions: höchstens " + MAX_SESSIONS + " sind möglich.");
        }
        if ((long) rooms * slots > MAX_CELLS) {
            throw invalid("Zu viele Räume × Slots: höchstens " + MAX_CELLS + " Kombinationen sind möglich.");
        }
        if (participants > MAX_PARTICIPANTS || (long) participants * slots > MAX_PARTICIPANT_SLOTS) {
            throw invalid("Zu viele Teilnehmende für diese Zahl an Slots.");
        }
        roomIds = new String[rooms];
        capacity = new int[rooms];
        Map<String, Integer> roomIndex = new HashMap<>();
        for (int r = 0; r < rooms; r++) {
            Room room = element(roomList, r, "rooms");
            roomIds[r] = id(room.id(), "rooms[" + r + "].id");
            if (roomIndex.put(roomIds[r], r) != null) {
                throw invalid("Die Raum-ID „" + roomIds[r] + "“ kommt mehrfach vor.");
            }
            if (room.capacity() == null) {
                throw invalid("Raum „" + roomIds[r] + "“: das Feld „capacity“ fehlt.");
            }
            if (room.capacity() < 0) {
                throw invalid("Raum „" + roomIds[r] + "“: die Kapazität darf nicht negativ sein.");
            }
            capacity[r] = room.capacity();
        }
        slotIds = new String[slots];
        Map<String, Integer> slotIndex = new HashMap<>();
        for (int t = 0; t < slots; t++) {
            Slot slot = element(slotList, t, "slots");
            slotIds[t] = id(slot.id(), "slots[" + t + "].id");
            if (slotIndex.put(slotIds[t], t) != null) {
                throw invalid("Die Slot-ID „" + slotIds[t] + "“ kommt mehrfach vor.");
            }
            if (slot.start() == null || slot.end() == null) {
                throw invalid("Slot „" + slotIds[t] + "“: die Felder „start“ und „end“ sind Pflicht.");
            }
            if (!slot.end().isAfter(slot.start())) {
                throw invalid("Slot „" + slotIds[t] + "“: das Ende muss nach dem Beginn liegen.");
            }
        }
        sessionIds = new String[sessions];
        Map<String, Integer> sessionIndex = new HashMap<>();
        for (int s = 0; s < sessions; s++) {
            Session session = element(sessionList, s, "sessions");
            sessionIds[s] = id(session.id(), "sessions[" + s + "].id");
            if (sessionIndex.put(sessionIds[s], s) != null) {
                throw invalid("Die Session-ID „" + sessionIds[s] + "“ kommt mehrfach vor.");
            }
            if (session.title() == null || session.title().isBlank()) {
                throw invalid("Session „" + sessionIds[s] + "“: das Feld „title“ fehlt.");
            }
        }
        Map<String, Integer> participantIndex = new HashMap<>();
        unavailable = new boolean[participants][slots];
        List<Set<Integer>> interestSets = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            Participant participant = element(participantList, p, "participants");
            String pid = id(participant.id(), "participants[" + p + "].id");
            if (participantIndex.put(pid, p) != null) {
                throw invalid("Die Teilnehmenden-ID „" + pid + "“ kommt mehrfach vor.");
            }
            Set<Integer> set = new LinkedHashSet<>();
            for (String s : orEmpty(participant.interests())) {
                set.add(lookup(sessionIndex, s, "Teilnehmende „" + pid + "“: unbekannte Session „%s“ in „interests“."));
            }
            interestSets.add(set);
            for (String t : orEmpty(participant.unavailableSlots())) {
                unavailable[p][
                        lookup(
                                slotIndex,
                                t,
                                "Teilnehmende „" + pid + "“: unbekannter Slot „%s“ in „unavailableSlots“.")] = true;
            }
        }
        hosts = new int[sessions][];
        List<List<Integer>> hosted = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            hosted.add(new ArrayList<>());
        }
        for (int s = 0; s < sessions; s++) {
            Set<Integer> hs = new LinkedHashSet<>();
            for (String h : orEmpty(sessionList.get(s).hosts())) {
                hs.add(lookup(
                        participantIndex,
                        h,
                        "Session „" + sessionIds[s]
                                + "“: Host „%s“ ist nicht unter den Teilnehmenden („participants“)."));
            }
            hosts[s] = hs.stream().mapToInt(Integer::intValue).toArray();
            for (int p : hosts[s]) {
                hosted.get(p).add(s);
                interestSets.get(p).add(s);
            }
        }
        hostedBy = new int[participants][];
        interests = new int[participants][];
        List<List<Integer>> interestedLists = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            interestedLists.add(new ArrayList<>());
        }
        for (int p = 0; p < participants; p++) {
            hostedBy[p] = hosted.get(p).stream().mapToInt(Integer::intValue).toArray();
            interests[p] =
                    interestSets.get(p).stream().mapToInt(Integer::intValue).toArray();
            for (int s : interests[p]) {
                interestedLists.get(s).add(p);
            }
        }
        interested = new int[sessions][];
        for (int s = 0; s < sessions; s++) {
            interested[s] =
                    interestedLists.get(s).stream().mapToInt(Integer::intValue).toArray();
        }

        // allowed cells and pins
        int cells = rooms * slots;
        pinned = new int[sessions];
        allowedCell = new boolean[sessions][cells];
        allowedCells = new int[sessions][];
        int[] pinOwner = new int[cells];
        Arrays.fill(pinOwner, -1);
        int pinCount = 0;
        for (int s = 0; s < sessions; s++) {
            Session session = sessionList.get(s);
            String sid = sessionIds[s];
            boolean[] slotOk = new boolean[slots];
            if (session.allowedSlots() == null) {
                Arrays.fill(slotOk, true);
            } else {
                for (String t : session.allowedSlots()) {
                    slotOk[lookup(slotIndex, t, "Session „" + sid + "“: unbekannter Slot „%s“ in „allowedSlots“.")] =
                            true;
                }
            }
            boolean[] roomOk = new boolean[rooms];
            if (session.allowedRooms() == null) {
                Arrays.fill(roomOk, true);
            } else {
                for (String r : session.allowedRooms()) {
                    roomOk[lookup(roomIndex, r, "Session „" + sid + "“: unbekannter Raum „%s“ in „allowedRooms“.")] =
                            true;
                }
            }
            boolean[] hostOk = new boolean[slots];
            for (int t = 0; t < slots; t++) {
                hostOk[t] = true;
                for (int h : hosts[s]) {
                    if (unavailable[h][t]) {
                        hostOk[t] = false;
                    }
                }
            }
            pinned[s] = -1;
            Cell pin = session.pinned();
            if (pin != null) {
                if (pin.room() == null || pin.slot() == null) {
                    throw invalid("Session „" + sid + "“: „pinned“ braucht „room“ und „slot“.");
                }
                int r = lookup(roomIndex, pin.room(), "Session „" + sid + "“: unbekannter Raum „%s“ in „pinned“.");
                int t = lookup(slotIndex, pin.slot(), "Session „" + sid + "“: unbekannter Slot „%s“ in „pinned“.");
                if (!roomOk[r] || !slotOk[t]) {
                    throw invalid("Session „" + sid + "“ ist außerhalb ihrer erlaubten Räume oder Slots angepinnt.");
                }
                if (!hostOk[t]) {
                    throw invalid("Session „" + sid + "“ ist in Slot „" + slotIds[t]
                            + "“ angepinnt, aber ein Host ist dann verhindert.");
                }
                pinCount++;
                if (pinCount > cells) {
                    throw invalid("Mehr angepinnte Sessions (" + pinCount + ") als Raum-Slot-Zellen (" + cells + ").");
                }
                int cell = t * rooms + r;
                if (pinOwner[cell] >= 0) {
                    throw invalid("Die Sessions „" + sessionIds[pinOwner[cell]] + "“ und „" + sid
                            + "“ sind beide auf Raum „" + roomIds[r] + "“ in Slot „" + slotIds[t] + "“ angepinnt.");
                }
                pinOwner[cell] = s;
                pinned[s] = cell;
            }
        }
        // two pinned sessions of one host in one slot
        for (int p = 0; p < participants; p++) {
            for (int i = 0; i < hostedBy[p].length; i++) {
                for (int j = i + 1; j < hostedBy[p].length; j++) {
                    int a = hostedBy[p][i];
                    int b = hostedBy[p][j];
                    if (pinned[a] >= 0 && pinned[b] >= 0 && pinned[a] / rooms == pinned[b] / rooms) {
                        throw invalid("Die Sessions „" + sessionIds[a] + "“ und „" + sessionIds[b]
                                + "“ haben einen gemeinsamen Host und sind im selben Slot angepinnt.");
                    }
                }
            }
        }
        for (int s = 0; s < sessions; s++) {
            Session session = sessionList.get(s);
            List<Integer> list = new ArrayList<>();
            if (pinned[s] >= 0) {
                list.add(pinned[s]);
            } else {
                boolean[] slotOk = new boolean[slots];
                boolean[] roomOk = new boolean[rooms];
                if (session.allowedSlots() == null) {
                    Arrays.fill(slotOk, true);
                } else {
                    session.allowedSlots().forEach(t -> slotOk[slotIndex.get(t)] = true);
                }
                if (session.allowedRooms() == null) {
                    Arrays.fill(roomOk, true);
                } else {
                    session.allowedRooms().forEach(r -> roomOk[roomIndex.get(r)] = true);
                }
                for (int t = 0; t < slots; t++) {
                    boolean hostOk = true;
                    for (int h : hosts[s]) {
                        hostOk &= !unavailable[h][t];
                    }
                    for (int r = 0; r < rooms; r++) {
                        int cell = t * rooms + r;
                        if (slotOk[t] && roomOk[r] && hostOk && pinOwner[cell] < 0) {
                            list.add(cell);
                        }
                    }
                }
            }
            allowedCells[s] = list.stream().mapToInt(Integer::intValue).toArray();
            for (int c : allowedCells[s]) {
                allowedCell[s][c] = true;
            }
        }

        previous = new int[sessions];
        Arrays.fill(previous, -2);
        for (Placement placement : orEmpty(request.previous())) {
            if (placement == null || placement.session() == null) {
                throw invalid("Ein Eintrag in „previous“ hat kein Feld „session“.");
            }
            int s = lookup(sessionIndex, placement.session(), "Unbekannte Session „%s“ in „previous“.");
            if (previous[s] != -2) {
                throw invalid("Die Session „" + sessionIds[s] + "“ kommt in „previous“ mehrfach vor.");
            }
            if (placement.room() == null || placement.slot() == null) {
                throw invalid("„previous“ für Session „" + sessionIds[s] + "“ braucht „room“ und „slot“.");
            }
            int r = lookup(roomIndex, placement.room(), "Unbekannter Raum „%s“ in „previous“.");
            int t = lookup(slotIndex, placement.slot(), "Unbekannter Slot „%s“ in „previous“.");
            previous[s] = t * rooms + r;
        }

        double mc = request.moveCost() == null ? TimetableSolver.DEFAULT_MOVE_COST : request.moveCost();
        if (!(mc >= 0) || Double.isInfinite(mc)) {
            throw invalid("„moveCost“ muss eine Zahl ≥ 0 sein.");
        }
        moveCost = mc;
        double limit = request.timeLimitSeconds() == null
                ? TimetableSolver.DEFAULT_TIME_LIMIT_SECONDS
                : request.timeLimitSeconds();
        if (!(limit > 0)) {
            throw invalid("„timeLimitSeconds“ muss größer als 0 sein.");
        }
        timeLimitMillis = Math.max(1, Math.round(Math.min(limit, TimetableSolver.MAX_TIME_LIMIT_SECONDS) * 1000));
    }

    static Instance of(ScheduleRequest request) {
        if (request == null) {
            throw invalid("Die Anfrage ist leer.");
        }
        return new Instance(request);
    }

    int cells() {
        return rooms * slots;
    }

    static int slotOf(int cell, int rooms) {
        return cell / rooms;
    }

    /** The previous plan's cell of a session counts as kept only if it is exactly that cell. */
    boolean inPrevious(int s) {
        return previous[s] != -2;
    }

    private static <T> List<T> required(List<T> list, String field) {
        if (list == null) {
            throw invalid("Das Feld „" + field + "“ fehlt.");
        }
        return list;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T element(List<T> list, int i, String field) {
        T t = list.get(i);
        if (t == null) {
            throw invalid("„" + field + "[" + i + "]“ ist leer.");
        }
        return t;
    }

    private static String id(String id, String field) {
        if (id == null || id.isBlank()) {
            throw invalid("Das Feld „" + field + "“ fehlt.");
        }
        return id;
    }

    private static int lookup(Map<String, Integer> index, String id, String messageFormat) {
        Integer i = id == null ? null : index.get(id);
        if (i == null) {
            throw invalid(String.format(messageFormat, id));
        }
        return i;
    }

    static InvalidScheduleRequestException invalid(String message) {
        return new InvalidScheduleRequestException(message);
    }
}
