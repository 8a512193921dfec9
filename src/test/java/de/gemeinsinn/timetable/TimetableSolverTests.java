package de.gemeinsinn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.gemeinsinn.timetable.ScheduleRequest.Cell;
import de.gemeinsinn.timetable.ScheduleRequest.Participant;
import de.gemeinsinn.timetable.ScheduleRequest.Placement;
import de.gemeinsinn.timetable.ScheduleRequest.Room;
import de.gemeinsinn.timetable.ScheduleRequest.Session;
import de.gemeinsinn.timetable.ScheduleRequest.Slot;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Pure unit tests of the solver: objective, hard constraints, bounds, re-solving, validation. */
class TimetableSolverTests {

    private static final DefaultTimetableSolver LOCAL_SEARCH =
            new DefaultTimetableSolver(new DefaultTimetableSolver.Options(false, 1, 7, 0));
    private static final DefaultTimetableSolver WITH_CP_SAT = new DefaultTimetableSolver();

    // ---- an independent implementation of the objective (straight from the issue's formulas)

    record Independent(int missed, double overflow, int moves, double total) {}

    static Independent score(ScheduleRequest req, ScheduleResult result) {
        Map<String, Placement> at = new HashMap<>();
        result.placements().forEach(p -> at.put(p.session(), p));
        Map<String, Integer> capacity = new HashMap<>();
        req.rooms().forEach(r -> capacity.put(r.id(), r.capacity()));
        Map<String, Set<String>> interests = new HashMap<>();
        Map<String, Set<String>> unavailable = new HashMap<>();
        for (Participant p : req.participants()) {
            interests.put(p.id(), new HashSet<>(p.interests() == null ? List.of() : p.interests()));
            unavailable.put(p.id(), new HashSet<>(p.unavailableSlots() == null ? List.of() : p.unavailableSlots()));
        }
        for (Session s : req.sessions()) {
            for (String h : s.hosts() == null ? List.<String>of() : s.hosts()) {
                interests.get(h).add(s.id());
            }
        }
        int missed = 0;
        Map<String, Double> attendance = new HashMap<>();
        for (String p : interests.keySet()) {
            Set<String> ip = interests.get(p);
            Map<String, Integer> perSlot = new HashMap<>();
            for (String s : ip) {
                if (at.containsKey(s)) {
                    perSlot.merge(at.get(s).slot(), 1, Integer::sum);
                }
            }
            int attended = 0;
            for (var e : perSlot.entrySet()) {
                if (!unavailable.get(p).contains(e.getKey())) {
                    attended++;
                }
            }
            missed += ip.size() - attended;
            for (String s : ip) {
                Placement pl = at.get(s);
                if (pl != null && !unavailable.get(p).contains(pl.slot())) {
                    attendance.merge(s, 1.0 / perSlot.get(pl.slot()), Double::sum);
                }
            }
        }
        double overflow = 0;
        for (Placement pl : result.placements()) {
            overflow += Math.max(0, attendance.getOrDefault(pl.session(), 0.0) - capacity.get(pl.room()));
        }
        int moves = 0;
        for (Placement prev : req.previous() == null ? List.<Placement>of() : req.previous()) {
            Placement now = at.get(prev.session());
            if (now == null || !now.room().equals(prev.room()) || !now.slot().equals(prev.slot())) {
                moves++;
            }
        }
        double moveCost = req.moveCost() == null ? 5 : req.moveCost();
        return new Independent(missed, overflow, moves, missed + overflow + moveCost * moves);
    }

    static void assertFeasible(ScheduleRequest req, ScheduleResult result) {
        Map<String, Session> sessions = new HashMap<>();
        req.sessions().forEach(s -> sessions.put(s.id(), s));
        Map<String, Set<String>> unavailable = new HashMap<>();
        req.participants()
                .forEach(p -> unavailable.put(
                        p.id(), new HashSet<>(p.unavailableSlots() == null ? List.of() : p.unavailableSlots())));
        Set<String> cells = new HashSet<>();
        Set<String> hostSlots = new HashSet<>();
        Set<String> placed = new HashSet<>();
        for (Placement p : result.placements()) {
            Session s = sessions.get(p.session());
            assertThat(placed.add(p.session()))
                    .as("placed once: %s", p.session())
                    .isTrue();
            assertThat(cells.add(p.room() + "@" + p.slot()))
                    .as("one session per cell")
                    .isTrue();
            for (String h : s.hosts()) {
                assertThat(hostSlots.add(h + "@" + p.slot()))
                        .as("host %s twice in %s", h, p.slot())
                        .isTrue();
                assertThat(unavailable.get(h)).as("host %s available", h).doesNotContain(p.slot());
            }
            if (s.pinned() != null) {
                assertThat(new Cell(p.room(), p.slot())).isEqualTo(s.pinned());
            }
            if (s.allowedSlots() != null) {
                assertThat(s.allowedSlots()).contains(p.slot());
            }
            if (s.allowedRooms() != null) {
                assertThat(s.allowedRooms()).contains(p.room());
            }
        }
        assertThat(placed.size() + result.unplaced().size())
                .isEqualTo(req.sessions().size());
        // unplaced only if there is no free cell it could take
        for (var u : result.unplaced()) {
            assertThat(u.reason()).isNotBlank();
            Session s = sessions.get(u.session());
            for (Room r : req.rooms()) {
                for (Slot t : req.slots()) {
                    boolean free = !cells.contains(r.id() + "@" + t.id());
                    boolean allowed = (s.allowedRooms() == null
                                    || s.allowedRooms().contains(r.id()))
                            && (s.allowedSlots() == null || s.allowedSlots().contains(t.id()))
                            && s.hosts().stream()
                                    .noneMatch(h -> unavailable.get(h).contains(t.id())
                                            || hostSlots.contains(h + "@" + t.id()));
                    assertThat(free && allowed && s.pinned() == null)
                            .as("%s could go to %s/%s", s.id(), r.id(), t.id())
                            .isFalse();
                }
            }
        }
    }

    // ---- random instances

    static ScheduleRequest random(Random rnd, int sessions, int rooms, int slots, int participants, double seconds) {
        List<Room> roomList = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
            roomList.add(new Room("r" + r, "Raum " + r, 1 + rnd.nextInt(Math.max(2, participants / rooms))));
        }
        List<Slot> slotList = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2026-05-20T10:00:00+02:00");
        for (int t = 0; t < slots; t++) {
            slotList.add(
                    new Slot("t" + t, start.plusHours(t), start.plusHours(t).plusMinutes(45)));
        }
        List<Participant> people = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            List<String> interests = new ArrayList<>();
            int k = 1 + rnd.nextInt(Math.min(5, sessions));
            for (int i = 0; i < k; i++) {
                // skewed: low session numbers are popular
                int s = (int) Math.min(sessions - 1, Math.floor(Math.pow(rnd.nextDouble(), 2) * sessions));
                interests.add("s" + s);
            }
            List<String> away = rnd.nextDouble() < 0.2 ? List.of("t" + rnd.nextInt(slots)) : List.of();
            people.add(new Participant("p" + p, interests, away));
        }
        List<Session> sessionList = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            List<String> hosts = List.of("p" + rnd.nextInt(participants));
            List<String> allowedRooms = rnd.nextDouble() < 0.15 ? List.of("r0") : null;
            sessionList.add(new Session("s" + s, "Session " + s, hosts, null, null, allowedRooms));
        }
        return new ScheduleRequest(roomList, slotList, sessionList, people, null, null, seconds);
    }

    @Test
    void scoreEqualsTheFormulasAndHardConstraintsHoldOnRandomInstances() {
        Random rnd = new Random(11);
        for (int i = 0; i < 40; i++) {
            int rooms = 1 + rnd.nextInt(4);
            int slots = 1 + rnd.nextInt(5);
            int sessions = 1 + rnd.nextInt(rooms * slots + 3); // sometimes more sessions than cells
            ScheduleRequest req = random(rnd, sessions, rooms, slots, 5 + rnd.nextInt(40), 0.05);
            ScheduleResult result = LOCAL_SEARCH.solve(req);
            assertFeasible(req, result);
            Independent expected = score(req, result);
            assertThat(result.score().hard()).isZero();
            assertThat(result.score().missedInterest()).isEqualTo(expected.missed());
            assertThat(result.score().moves()).isEqualTo(expected.moves());
            assertThat(result.score().capacityOverflow()).isCloseTo(expected.overflow(), within(1e-6));
            assertThat(result.score().total()).isCloseTo(expected.total(), within(1e-6));
        }
    }

    @Test
    void findsTheOptimumOfTinyInstancesAndTheBoundIsBelowIt() {
        Random rnd = new Random(5);
        for (int i = 0; i < 6; i++) {
            ScheduleRequest req = random(rnd, 5, 2, 3, 12, 0.3);
            double optimum = bruteForce(req);
            ScheduleResult result = WITH_CP_SAT.solve(req);
            assertThat(result.score().total()).isCloseTo(optimum, within(1e-6));
            if (result.lowerBound() != null) {
                assertThat(result.lowerBound()).isLessThanOrEqualTo(optimum + 1e-9);
            }
        }
    }

    @Test
    void theAssignmentBoundNeverExceedsTheBruteForceOptimum() {
        assumeTrue(CpSatRelaxation.available(), "OR-Tools native library not available here");
        Random rnd = new Random(23);
        int positive = 0;
        int checked = 0;
        for (int i = 0; i < 70; i++) {
            int rooms = 1 + rnd.nextInt(2);
            int slots = 2 + rnd.nextInt(rooms == 1 ? 4 : 2);
            int sessions = 2 + rnd.nextInt(Math.min(4, rooms * slots - 1));
            ScheduleRequest base = random(rnd, sessions, rooms, slots, 4 + rnd.nextInt(14), 1);
            List<Placement> previous = new ArrayList<>();
            if (rnd.nextBoolean()) {
                for (Session s : base.sessions()) {
                    if (rnd.nextDouble() < 0.6) {
                        previous.add(new Placement(s.id(), "r" + rnd.nextInt(rooms), "t" + rnd.nextInt(slots)));
                    }
                }
            }
            ScheduleRequest req = new ScheduleRequest(
                    base.rooms(),
                    base.slots(),
                    base.sessions(),
                    base.participants(),
                    previous,
                    rnd.nextBoolean() ? 5.0 : 0.37,
                    1.0);
            double[] optimum = bruteForceWithUnplaced(req);
            Instance in = Instance.of(req);
            int unplaceable = 0;
            for (int s = 0; s < in.sessions; s++) {
                unplaceable += in.allowedCells[s].length == 0 ? 1 : 0;
            }
            if (optimum[0] != unplaceable) {
                continue; // the bound only speaks about plans that place every placeable session
            }
            checked++;
            for (AssignmentBound.Variant variant : AssignmentBound.Variant.values()) {
                Double bound = new AssignmentBound(in, variant).solve(5);
                assertThat(bound).as("instance %d, %s", i, variant).isNotNull();
                assertThat(bound).as("instance %d, %s", i, variant).isLessThanOrEqualTo(optimum[1] + 1e-9);
                if (bound > 0) {
                    positive++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(positive).as("the bound is not trivially zero").isGreaterThan(checked / 2);
    }

    /**
     * Tries every assignment of the sessions to distinct cells or to "unplaced" (5 sessions, 6
     * cells: 7^5 combinations); most sessions placed first, then the lowest total.
     */
    private static double bruteForce(ScheduleRequest req) {
        return bruteForceWithUnplaced(req)[1];
    }

    /** {fewest unplaced sessions, lowest total among plans with that many unplaced}. */
    private static double[] bruteForceWithUnplaced(ScheduleRequest req) {
        List<Placement> cells = new ArrayList<>();
        for (Slot t : req.slots()) {
            for (Room r : req.rooms()) {
                cells.add(new Placement(null, r.id(), t.id()));
            }
        }
        double[] best = {Integer.MAX_VALUE, Double.POSITIVE_INFINITY};
        search(req, cells, 0, new ArrayList<>(), new boolean[cells.size()], best);
        return best;
    }

    private static void search(
            ScheduleRequest req, List<Placement> cells, int s, List<Placement> chosen, boolean[] used, double[] best) {
        if (s == req.sessions().size()) {
            int unplaced = req.sessions().size() - chosen.size();
            if (unplaced > best[0]) {
                return;
            }
            ScheduleResult candidate = new ScheduleResult(List.copyOf(chosen), List.of(), null, null, 0);
            if (!hardFeasible(req, candidate)) {
                return;
            }
            double total = score(req, candidate).total();
            if (unplaced < best[0] || total < best[1]) {
                best[0] = unplaced;
                best[1] = total;
            }
            return;
        }
        Session session = req.sessions().get(s);
        search(req, cells, s + 1, chosen, used, best);
        for (int c = 0; c < cells.size(); c++) {
            if (!used[c]
                    && (session.allowedRooms() == null
                            || session.allowedRooms().contains(cells.get(c).room()))) {
                used[c] = true;
                chosen.add(new Placement(
                        session.id(), cells.get(c).room(), cells.get(c).slot()));
                search(req, cells, s + 1, chosen, used, best);
                chosen.remove(chosen.size() - 1);
                used[c] = false;
            }
        }
    }

    private static boolean hardFeasible(ScheduleRequest req, ScheduleResult candidate) {
        Map<String, Session> sessions = new HashMap<>();
        req.sessions().forEach(x -> sessions.put(x.id(), x));
        Map<String, Set<String>> unavailable = new HashMap<>();
        req.participants().forEach(p -> unavailable.put(p.id(), new HashSet<>(p.unavailableSlots())));
        Set<String> hostSlots = new HashSet<>();
        for (Placement p : candidate.placements()) {
            for (String h : sessions.get(p.session()).hosts()) {
                if (!hostSlots.add(h + "@" + p.slot()) || unavailable.get(h).contains(p.slot())) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void resolvingAfterOneChangeMovesAtMostThreeUnpinnedSessions() {
        Random rnd = new Random(3);
        ScheduleRequest base = random(rnd, 24, 4, 6, 80, 0.5);
        ScheduleResult first = LOCAL_SEARCH.solve(base);
        List<Placement> previous = first.placements();

        // a new session pinned into an occupied cell
        Placement taken = previous.get(0);
        List<Session> sessions = new ArrayList<>(base.sessions());
        sessions.add(new Session("neu", "Spontan", List.of("p1"), new Cell(taken.room(), taken.slot()), null, null));
        assertMovesAtMost(3, base, previous, b -> withSessions(b, sessions));

        // a host becomes unavailable in the slot of their session
        Placement hosted = previous.get(5);
        String host = base.sessions().stream()
                .filter(s -> s.id().equals(hosted.session()))
                .findFirst()
                .orElseThrow()
                .hosts()
                .get(0);
        List<Participant> people = base.participants().stream()
                .map(p -> p.id().equals(host) ? new Participant(p.id(), p.interests(), List.of(hosted.slot())) : p)
                .toList();
        assertMovesAtMost(3, base, previous, b -> withParticipants(b, people));
    }

    private static void assertMovesAtMost(
            int max, ScheduleRequest base, List<Placement> previous, UnaryOperator<ScheduleRequest> change) {
        ScheduleRequest changed = change.apply(base);
        ScheduleRequest again = new ScheduleRequest(
                changed.rooms(), changed.slots(), changed.sessions(), changed.participants(), previous, null, 0.5);
        ScheduleResult result = LOCAL_SEARCH.solve(again);
        assertFeasible(again, result);
        assertThat(result.score().moves()).isEqualTo(score(again, result).moves());
        assertThat(result.score().moves()).isBetween(1, max);
    }

    private static ScheduleRequest withSessions(ScheduleRequest r, List<Session> sessions) {
        return new ScheduleRequest(
                r.rooms(), r.slots(), sessions, r.participants(), r.previous(), r.moveCost(), r.timeLimitSeconds());
    }

    private static ScheduleRequest withParticipants(ScheduleRequest r, List<Participant> people) {
        return new ScheduleRequest(
                r.rooms(), r.slots(), r.sessions(), people, r.previous(), r.moveCost(), r.timeLimitSeconds());
    }

    @Test
    void placesWhatFitsAndExplainsTheRest() {
        ScheduleRequest req = new ScheduleRequest(
                List.of(new Room("r1", "Kirchenschiff", 10)),
                List.of(slot("t1", 10), slot("t2", 11)),
                List.of(
                        new Session("a", "A", List.of("p1"), null, null, null),
                        new Session("b", "B", List.of("p1"), null, null, null),
                        new Session("c", "C", List.of("p2"), null, null, null)),
                List.of(
                        new Participant("p1", List.of(), List.of()),
                        new Participant("p2", List.of("a"), List.of("t1", "t2"))),
                null,
                null,
                0.1);
        ScheduleResult result = LOCAL_SEARCH.solve(req);
        assertFeasible(req, result);
        assertThat(result.placements()).extracting(Placement::session).containsExactlyInAnyOrder("a", "b");
        assertThat(result.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.session()).isEqualTo("c");
            assertThat(u.reason()).contains("Hosts sind in allen erlaubten Slots verhindert");
        });
        // p1 hosts a and b (in different slots), p2 is away all day: misses a and c
        assertThat(result.score().missedInterest()).isEqualTo(2);
    }

    @Test
    void honoursTheTimeLimit() {
        ScheduleRequest req = random(new Random(1), 40, 5, 8, 150, 0.8);
        long start = System.nanoTime();
        ScheduleResult result = WITH_CP_SAT.solve(req);
        long wall = (System.nanoTime() - start) / 1_000_000;
        assertThat(wall).isLessThanOrEqualTo(880);
        assertThat(result.solveMillis()).isLessThanOrEqualTo(880);
    }

    @Test
    void rejectsInconsistentRequestsWithAGermanMessage() {
        ScheduleRequest ok = new ScheduleRequest(
                List.of(new Room("r1", "R", 10)),
                List.of(slot("t1", 10)),
                List.of(new Session("s1", "S", List.of("p1"), null, null, null)),
                List.of(new Participant("p1", List.of("s1"), List.of())),
                null,
                null,
                0.1);
        assertThat(LOCAL_SEARCH.solve(ok).placements()).hasSize(1);
        assertInvalid(
                new ScheduleRequest(
                        ok.rooms(),
                        ok.slots(),
                        ok.sessions(),
                        List.of(new Participant("p1", List.of("x9"), null)),
                        null,
                        null,
                        0.1),
                "unbekannte Session „x9“");
        assertInvalid(
                new ScheduleRequest(
                        List.of(new Room("r1", "R", 10), new Room("r1", "R", 5)),
                        ok.slots(),
                        ok.sessions(),
                        ok.participants(),
                        null,
                        null,
                        0.1),
                "Raum-ID „r1“ kommt mehrfach vor");
        assertInvalid(
                new ScheduleRequest(
                        List.of(new Room("r1", "R", -1)),
                        ok.slots(),
                        ok.sessions(),
                        ok.participants(),
                        null,
                        null,
                        0.1),
                "Kapazität darf nicht negativ sein");
        assertInvalid(
                new ScheduleRequest(ok.rooms(), null, ok.sessions(), ok.participants(), null, null, 0.1),
                "„slots“ fehlt");
        assertInvalid(
                new ScheduleRequest(
                        ok.rooms(),
                        ok.slots(),
                        List.of(
                                new Session("s1", "S", List.of(), new Cell("r1", "t1"), null, null),
                                new Session("s2", "T", List.of(), new Cell("r1", "t1"), null, null)),
                        ok.participants(),
                        null,
                        null,
                        0.1),
                "Mehr angepinnte Sessions (2) als Raum-Slot-Zellen (1)");
        assertInvalid(
                new ScheduleRequest(
                        ok.rooms(),
                        List.of(slot("t1", 10), slot("t2", 11)),
                        List.of(
                                new Session("s1", "S", List.of(), new Cell("r1", "t1"), null, null),
                                new Session("s2", "T", List.of(), new Cell("r1", "t1"), null, null)),
                        ok.participants(),
                        null,
                        null,
                        0.1),
                "beide auf Raum „r1“ in Slot „t1“ angepinnt");
        assertInvalid(
                new ScheduleRequest(
                        ok.rooms(),
                        ok.slots(),
                        List.of(new Session("s1", "S", List.of("nobody"), null, null, null)),
                        ok.participants(),
                        null,
                        null,
                        0.1),
                "Host „nobody“");
        assertInvalid(
                new ScheduleRequest(
                        ok.rooms(),
                        ok.slots(),
                        ok.sessions(),
                        ok.participants(),
                        List.of(new Placement("s1", "r1", "t7")),
                        null,
                        0.1),
                "Unbekannter Slot „t7“ in „previous“");
        assertInvalid(
                new ScheduleRequest(ok.rooms(), ok.slots(), ok.sessions(), ok.participants(), null, -1.0, 0.1),
                "moveCost");
    }

    private static void assertInvalid(ScheduleRequest req, String message) {
        assertThatThrownBy(() -> LOCAL_SEARCH.solve(req))
                .isInstanceOf(InvalidScheduleRequestException.class)
                .hasMessageContaining(message);
    }

    private static Slot slot(String id, int hour) {
        OffsetDateTime start = OffsetDateTime.parse("2026-05-20T10:00:00+02:00").withHour(hour);
        return new Slot(id, start, start.plusMinutes(45));
    }
}
