package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Barcamp;
import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Room;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.barcamp.Stored.Slot;
import de.gemeinsinn.timetable.InvalidScheduleRequestException;
import de.gemeinsinn.timetable.ScheduleRequest;
import de.gemeinsinn.timetable.ScheduleResult;
import de.gemeinsinn.timetable.TimetableSolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Vorschlag berechnen": turns the BarCamp into a {@link ScheduleRequest}, lets the {@link
 * TimetableSolver} place the sessions and applies the result. Pinned sessions stay; the current
 * grid is passed as {@code previous}, so a re-solve moves as few sessions as the gain is worth.
 * The solver runs outside any transaction; the result is applied only if nobody changed the grid
 * meanwhile (plan version).
 */
@Component
class Planner {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the planning page shows of the last computation. */
    record Summary(
            Instant at,
            int missedInterest,
            double capacityOverflow,
            int moves,
            double total,
            Double lowerBound,
            long solveMillis,
            List<UnplacedSession> unplaced) {}

    record UnplacedSession(String sessionId, String title, String reason) {}

    private final BarcampRepository repo;
    private final BarcampService service;
    private final TimetableSolver solver;
    private final TransactionTemplate tx;
    private final double seconds;

    Planner(
            BarcampRepository repo,
            BarcampService service,
            TimetableSolver solver,
            TransactionTemplate tx,
            @Value("${gemeinsinn.barcamp.solve-seconds:3}") double seconds) {
        this.repo = repo;
        this.service = service;
        this.solver = solver;
        this.tx = tx;
        this.seconds = seconds;
    }

    static String participantId(UUID registrationId) {
        return "r:" + registrationId;
    }

    private static List<String> awaySlots(Map<UUID, List<UUID>> away, UUID registrationId) {
        return away.getOrDefault(registrationId, List.of()).stream()
                .map(UUID::toString)
                .toList();
    }

    /** The request for the current state of the BarCamp. */
    ScheduleRequest request(UUID barcampId) {
        List<Room> rooms = repo.rooms(barcampId);
        List<Slot> slots = repo.slots(barcampId);
        List<Session> sessions = repo.sessions(barcampId);
        Map<UUID, List<UUID>> votes = repo.votesByRegistration(barcampId);
        Map<UUID, Integer> voteCounts = repo.voteCounts(barcampId);
        Map<UUID, List<UUID>> away = repo.awayByRegistration(barcampId);

        Map<String, ScheduleRequest.Participant> participants = new LinkedHashMap<>();
        votes.forEach((reg, ids) -> participants.put(
                participantId(reg),
                new ScheduleRequest.Participant(
                        participantId(reg), ids.stream().map(UUID::toString).toList(), awaySlots(away, reg))));
        List<ScheduleRequest.Session> requestSessions = new ArrayList<>();
        List<ScheduleRequest.Placement> previous = new ArrayList<>();
        for (Session s : sessions) {
            List<String> hosts = List.of();
            if (s.proposerHosts() && s.proposerRegistrationId() != null) {
                String host = participantId(s.proposerRegistrationId());
                participants.putIfAbsent(
                        host,
                        new ScheduleRequest.Participant(host, List.of(), awaySlots(away, s.proposerRegistrationId())));
                hosts = List.of(host);
            }
            // a show-of-hands count includes the phones' votes; the rest become anonymous people
            int synthetic = s.hands() == null ? 0 : Math.max(0, s.hands() - voteCounts.getOrDefault(s.id(), 0));
            for (int i = 0; i < synthetic; i++) {
                String id = "h:" + s.id() + ":" + i;
                participants.put(id, new ScheduleRequest.Participant(id, List.of(s.id().toString()), List.of()));
            }
            ScheduleRequest.Cell pin = s.pinned() && s.placed()
                    ? new ScheduleRequest.Cell(s.roomId().toString(), s.slotId().toString())
                    : null;
            List<String> allowedRooms = null;
            if (pin == null && !s.needs().isEmpty()) {
                allowedRooms = rooms.stream()
                        .filter(r -> r.offers(s.needs()))
                        .map(r -> r.id().toString())
                        .toList();
            }
            requestSessions.add(
                    new ScheduleRequest.Session(s.id().toString(), s.title(), hosts, pin, null, allowedRooms));
            if (s.placed()) {
                previous.add(new ScheduleRequest.Placement(
                        s.id().toString(), s.roomId().toString(), s.slotId().toString()));
            }
        }
        return new ScheduleRequest(
                rooms.stream()
                        .map(r -> new ScheduleRequest.Room(r.id().toString(), r.name(), r.capacity()))
                        .toList(),
                slots.stream()
                        .map(t -> new ScheduleRequest.Slot(
                                t.id().toString(),
                                t.start().toOffsetDateTime(),
                                t.end().toOffsetDateTime()))
                        .toList(),
                requestSessions,
                new ArrayList<>(participants.values()),
                previous,
                TimetableSolver.DEFAULT_MOVE_COST,
                seconds);
    }

    /** Computes and applies a timetable; returns what the planning page shows. */
    Summary solve(Camp camp) {
        Barcamp before = repo.find(camp.id()).orElseThrow();
        if (!before.phase().allowsPlanning()) {
            throw new Refused("barcamp.refused.notPlanning");
        }
        ScheduleRequest request = request(camp.id());
        if (request.rooms().isEmpty() || request.slots().isEmpty()) {
            throw new Refused("barcamp.refused.noGrid");
        }
        if (request.sessions().isEmpty()) {
            throw new Refused("barcamp.refused.noSessions");
        }
        ScheduleResult result;
        try {
            result = solver.solve(request);
        } catch (InvalidScheduleRequestException e) {
            throw new Refused("barcamp.refused.solver", e.getMessage());
        }
        ScheduleResult solved = result;
        return tx.execute(status -> apply(camp, before.planVersion(), solved));
    }

    private Summary apply(Camp camp, long planVersion, ScheduleResult result) {
        Barcamp locked = repo.lock(camp.id());
        if (locked.planVersion() != planVersion) {
            throw new Refused("barcamp.refused.changedMeanwhile");
        }
        Map<UUID, Session> before = service.sessionsById(camp.id());
        Map<UUID, ScheduleRequest.Placement> placed = new HashMap<>();
        for (ScheduleRequest.Placement p : result.placements()) {
            placed.put(UUID.fromString(p.session()), p);
        }
        for (Session s : before.values()) {
            ScheduleRequest.Placement p = placed.get(s.id());
            if (p == null) {
                repo.place(s.id(), null, null);
                if (s.pinned()) {
                    repo.setPinned(s.id(), false);
                }
            } else {
                repo.place(s.id(), UUID.fromString(p.room()), UUID.fromString(p.slot()));
            }
        }
        service.planChanged(camp, locked, before);
        List<UnplacedSession> unplaced = result.unplaced().stream()
                .map(u -> {
                    Session s = before.get(UUID.fromString(u.session()));
                    return new UnplacedSession(u.session(), s == null ? u.session() : s.title(), u.reason());
                })
                .toList();
        ScheduleResult.Score score = result.score();
        Summary summary = new Summary(
                Instant.now(),
                score.missedInterest(),
                score.capacityOverflow(),
                score.moves(),
                score.total(),
                result.lowerBound(),
                result.solveMillis(),
                unplaced);
        repo.saveLastSolve(camp.id(), JSON.writeValueAsString(summary));
        return summary;
    }

    static Summary summary(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(json, Summary.class);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
