package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Barcamp;
import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Room;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.barcamp.Stored.Slot;
import de.gemeinsinn.events.EventCatalog;
import de.gemeinsinn.events.EventRef;
import de.gemeinsinn.events.RegistrationRef;
import de.gemeinsinn.platform.mail.MailOutbox;
import de.gemeinsinn.platform.mail.OutgoingMail;
import de.gemeinsinn.platform.web.NotFoundException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Everything that changes a BarCamp. Callers check who may do it ({@link Participation}); this
 * class checks what the phase allows and keeps every change whole (one transaction each). Grid
 * changes lock the BarCamp row so that two moderators never interleave.
 */
@Service
class BarcampService {

    private static final Logger log = LoggerFactory.getLogger(BarcampService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.GERMAN);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);

    private final BarcampRepository repo;
    private final EventCatalog catalog;
    private final BoardHub hub;
    private final BarcampSearch search;
    private final MailOutbox mail;

    BarcampService(BarcampRepository repo, EventCatalog catalog, BoardHub hub, BarcampSearch search, MailOutbox mail) {
        this.repo = repo;
        this.catalog = catalog;
        this.hub = hub;
        this.search = search;
        this.mail = mail;
    }

    // ---- finding

    Camp camp(String eventSlug) {
        EventRef event =
                catalog.findBySlug(eventSlug).orElseThrow(() -> new NotFoundException("Veranstaltung nicht gefunden"));
        Barcamp barcamp = repo.byEvent(event.id())
                .orElseThrow(() -> new NotFoundException("Zu dieser Veranstaltung gibt es kein BarCamp"));
        return new Camp(barcamp, event);
    }

    Optional<Camp> forEvent(UUID eventId) {
        return catalog.find(eventId).flatMap(e -> repo.byEvent(eventId).map(b -> new Camp(b, e)));
    }

    Session session(Camp camp, UUID sessionId) {
        return repo.session(camp.id(), sessionId).orElseThrow(() -> new NotFoundException("Session nicht gefunden"));
    }

    static UUID parseId(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- set-up (organisers)

    @Transactional
    UUID create(UUID eventId) {
        catalog.find(eventId).orElseThrow(() -> new NotFoundException("Veranstaltung nicht gefunden"));
        repo.insert(UUID.randomUUID(), eventId);
        return repo.byEvent(eventId).orElseThrow().id();
    }

    @Transactional
    void addRoom(Camp camp, Forms.Room form) {
        repo.insertRoom(
                camp.id(),
                UUID.randomUUID(),
                Forms.trim(form.name()),
                form.capacityValue(),
                Feature.parse(form.features()));
        repo.planChanged(camp.id());
        hub.changedAfterCommit(camp.id());
    }

    @Transactional
    void deleteRoom(Camp camp, UUID roomId) {
        repo.lock(camp.id());
        if (roomId == null || repo.deleteRoom(camp.id(), roomId) == 0) {
            throw new NotFoundException("Raum nicht gefunden");
        }
        repo.planChanged(camp.id());
        hub.changedAfterCommit(camp.id());
    }

    @Transactional
    void addSlot(Camp camp, Forms.Slot form) {
        Instant start = form.day()
                .atTime(Forms.Slot.time(form.start()))
                .atZone(Stored.ZONE)
                .toInstant();
        Instant end = form.day()
                .atTime(Forms.Slot.time(form.end()))
                .atZone(Stored.ZONE)
                .toInstant();
        repo.insertSlot(camp.id(), UUID.randomUUID(), start, end);
        repo.planChanged(camp.id());
        hub.changedAfterCommit(camp.id());
    }

    @Transactional
    void deleteSlot(Camp camp, UUID slotId) {
        repo.lock(camp.id());
        if (slotId == null || repo.deleteSlot(camp.id(), slotId) == 0) {
            throw new NotFoundException("Zeitfenster nicht gefunden");
        }
        repo.planChanged(camp.id());
        hub.changedAfterCommit(camp.id());
    }

    @Transactional
    void setPhase(Camp camp, Phase phase) {
        repo.lock(camp.id());
        repo.setPhase(camp.id(), phase);
        hub.changedAfterCommit(camp.id());
    }

    // ---- proposals and votes

    @Transactional
    UUID propose(Camp camp, Viewer viewer, Forms.Proposal form) {
        if (!camp.phase().acceptsProposals() && !viewer.organiser()) {
            throw new Refused("barcamp.refused.proposalsClosed");
        }
        UUID id = UUID.randomUUID();
        boolean hosts = form.hosts() && viewer.participant();
        repo.insertSession(
                id,
                camp.id(),
                Forms.trim(form.title()),
                Forms.trim(form.description()),
                Forms.trim(form.hostNames()),
                HostVisibility.parse(form.hostVisibility()),
                form.needSet(),
                viewer.registrationId(),
                viewer.personId(),
                hosts,
                null);
        repo.boardChanged(camp.id());
        hub.changedAfterCommit(camp.id());
        return id;
    }

    /** A pitched session in one line (moderator on site). */
    @Transactional
    UUID quickAdd(Camp camp, String title, Viewer moderator) {
        if (camp.phase() == Phase.DONE) {
            throw new Refused("barcamp.refused.done");
        }
        UUID id = UUID.randomUUID();
        repo.insertSession(
                id,
                camp.id(),
                title,
                "",
                "",
                HostVisibility.ALL,
                java.util.Set.of(),
                null,
                moderator.personId(),
                false,
                null);
        repo.boardChanged(camp.id());
        hub.changedAfterCommit(camp.id());
        return id;
    }

    @Transactional
    void vote(Camp camp, Viewer viewer, UUID sessionId, boolean on) {
        if (!camp.phase().acceptsVotes()) {
            throw new Refused("barcamp.refused.votingClosed");
        }
        session(camp, sessionId);
        repo.toggle("vote", sessionId, viewer.registrationId(), viewer.personId(), on);
    }

    @Transactional
    void star(Camp camp, Viewer viewer, UUID sessionId, boolean on) {
        session(camp, sessionId);
        participant(camp, viewer);
        repo.toggle("star", sessionId, viewer.registrationId(), viewer.personId(), on);
    }

    @Transactional
    void hands(Camp camp, UUID sessionId, Integer count) {
        if (!camp.phase().acceptsHands()) {
            throw new Refused("barcamp.refused.handsClosed");
        }
        session(camp, sessionId);
        repo.setHands(sessionId, count);
    }

    /** The viewer's participant record (feed token), created on first use. */
    @Transactional
    BarcampRepository.Participant participant(Camp camp, Viewer viewer) {
        return repo.participant(camp.id(), viewer.registrationId(), viewer.personId(), newToken());
    }

    @Transactional
    void setAway(Camp camp, Viewer viewer, Set<UUID> slots) {
        participant(camp, viewer);
        repo.setAway(camp.id(), viewer.registrationId(), slots);
    }

    @Transactional
    void setNotify(Camp camp, Viewer viewer, boolean on) {
        participant(camp, viewer);
        repo.setNotify(camp.id(), viewer.registrationId(), on);
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ---- planning (moderator)

    record Cell(UUID room, UUID slot) {
        static final Cell NONE = new Cell(null, null);

        static Cell of(Session s) {
            return s.placed() ? new Cell(s.roomId(), s.slotId()) : NONE;
        }

        boolean placed() {
            return room != null && slot != null;
        }
    }

    /** Moves a session to a cell (or out of the grid); a session in the target cell swaps places. */
    @Transactional
    void move(Camp camp, UUID sessionId, Cell target, boolean pin) {
        Barcamp locked = lockForPlanning(camp);
        Map<UUID, Session> before = sessionsById(camp.id());
        Session moving = before.get(sessionId);
        if (moving == null) {
            throw new NotFoundException("Session nicht gefunden");
        }
        if (target.placed()) {
            checkCell(camp, target);
        }
        Cell from = Cell.of(moving);
        if (target.placed()) {
            Session occupant = before.values().stream()
                    .filter(s -> !s.id().equals(sessionId) && target.equals(Cell.of(s)))
                    .findFirst()
                    .orElse(null);
            if (occupant != null) {
                if (occupant.pinned()) {
                    throw new Refused("barcamp.refused.cellPinned", occupant.title());
                }
                repo.place(occupant.id(), from.room(), from.slot());
            }
        }
        repo.place(sessionId, target.room(), target.slot());
        repo.setPinned(sessionId, pin && target.placed());
        planChanged(camp, locked, before);
    }

    @Transactional
    void swap(Camp camp, UUID a, UUID b) {
        Barcamp locked = lockForPlanning(camp);
        Map<UUID, Session> before = sessionsById(camp.id());
        Session sa = before.get(a);
        Session sb = before.get(b);
        if (sa == null || sb == null) {
            throw new NotFoundException("Session nicht gefunden");
        }
        if (a.equals(b)) {
            return;
        }
        repo.place(a, sb.roomId(), sb.slotId());
        repo.place(b, sa.roomId(), sa.slotId());
        planChanged(camp, locked, before);
    }

    @Transactional
    void pin(Camp camp, UUID sessionId, boolean pinned) {
        lockForPlanning(camp);
        Session s = session(camp, sessionId);
        if (pinned && !s.placed()) {
            throw new Refused("barcamp.refused.pinUnplaced");
        }
        repo.setPinned(sessionId, pinned);
        repo.planChanged(camp.id());
        hub.changedAfterCommit(camp.id());
    }

    @Transactional
    void publish(Camp camp, boolean on) {
        Barcamp locked = repo.lock(camp.id());
        if (on) {
            if (locked.published()) {
                return;
            }
            repo.publish(camp.id(), Instant.now());
            if (camp.phase() == Phase.PLANNING) {
                repo.setPhase(camp.id(), Phase.RUNNING);
            }
        } else {
            repo.unpublish(camp.id());
        }
        Camp now = new Camp(repo.find(camp.id()).orElseThrow(), camp.event());
        repo.sessions(camp.id()).forEach(s -> search.changed(now, s));
        hub.changedAfterCommit(camp.id());
    }

    private Barcamp lockForPlanning(Camp camp) {
        Barcamp locked = repo.lock(camp.id());
        if (!locked.phase().allowsPlanning()) {
            throw new Refused("barcamp.refused.notPlanning");
        }
        return locked;
    }

    private void checkCell(Camp camp, Cell cell) {
        boolean room = repo.rooms(camp.id()).stream().anyMatch(r -> r.id().equals(cell.room()));
        boolean slot = repo.slots(camp.id()).stream().anyMatch(s -> s.id().equals(cell.slot()));
        if (!room || !slot) {
            throw new NotFoundException("Raum oder Zeitfenster nicht gefunden");
        }
    }

    Map<UUID, Session> sessionsById(UUID barcampId) {
        return repo.sessions(barcampId).stream()
                .collect(Collectors.toMap(Session::id, Function.identity(), (x, y) -> x, java.util.LinkedHashMap::new));
    }

    /**
     * After any change of the grid: bump the versions, re-index, and when the timetable is already
     * published, announce every session that moved (change log on the board; mail after commit to
     * those who starred it and asked for mails).
     */
    void planChanged(Camp camp, Barcamp locked, Map<UUID, Session> before) {
        repo.planChanged(camp.id());
        Map<UUID, Session> after = sessionsById(camp.id());
        Camp current = new Camp(locked, camp.event());
        List<Runnable> mails = new ArrayList<>();
        if (locked.published()) {
            Map<UUID, Room> rooms = repo.rooms(camp.id()).stream().collect(Collectors.toMap(Room::id, r -> r));
            Map<UUID, Slot> slots = repo.slots(camp.id()).stream().collect(Collectors.toMap(Slot::id, s -> s));
            Map<UUID, RegistrationRef> registrations = null;
            for (Session s : after.values()) {
                Session old = before.get(s.id());
                if (old == null || Objects.equals(Cell.of(old), Cell.of(s))) {
                    continue;
                }
                String message = changeMessage(s, Cell.of(old), Cell.of(s), rooms, slots);
                repo.insertChange(camp.id(), s.id(), message);
                List<UUID> notify = repo.notifiedStarrers(camp.id(), s.id());
                if (!notify.isEmpty()) {
                    if (registrations == null) {
                        registrations = catalog.confirmed(camp.event().id()).stream()
                                .collect(Collectors.toMap(RegistrationRef::id, r -> r, (x, y) -> x));
                    }
                    for (UUID reg : notify) {
                        RegistrationRef r = registrations.get(reg);
                        if (r != null) {
                            String token = repo.participant(camp.id(), reg, r.personId(), newToken())
                                    .feedToken();
                            mails.add(() -> changeMail(camp, s, message, r.email(), token));
                        }
                    }
                }
            }
        }
        after.values().forEach(s -> search.changed(current, s));
        hub.changedAfterCommit(camp.id());
        if (!mails.isEmpty()) {
            afterCommit(() -> mails.forEach(Runnable::run));
        }
    }

    static String changeMessage(Session s, Cell from, Cell to, Map<UUID, Room> rooms, Map<UUID, Slot> slots) {
        String title = "„" + s.title() + "“";
        if (!to.placed()) {
            return title + " ist vorerst nicht mehr im Plan (vorher " + where(from, rooms, slots) + ").";
        }
        if (!from.placed()) {
            return title + " ist neu im Plan: " + where(to, rooms, slots) + ".";
        }
        return title + " findet jetzt " + where(to, rooms, slots) + " statt (vorher " + where(from, rooms, slots)
                + ").";
    }

    static String where(Cell cell, Map<UUID, Room> rooms, Map<UUID, Slot> slots) {
        Slot slot = slots.get(cell.slot());
        Room room = rooms.get(cell.room());
        return (slot == null ? "?" : DAY_TIME.format(slot.start())) + " Uhr, " + (room == null ? "?" : room.name());
    }

    private void changeMail(Camp camp, Session s, String message, String to, String feedToken) {
        try {
            String text = "Guten Tag,\n\nim BarCamp „" + camp.event().title()
                    + "“ hat sich eine Session geändert, die Sie sich gemerkt haben:\n\n" + message
                    + "\n\nZum aktuellen Plan: " + mail.link(camp.url() + "/board") + "\nZur Session: "
                    + mail.link(camp.url() + "/sessions/" + s.id());
            mail.send(new OutgoingMail(to, "BarCamp: Änderung bei „" + s.title() + "“", text, List.of(), null)
                    .withUnsubscribe(mail.link("/barcamp/abbestellen/" + feedToken)));
        } catch (RuntimeException e) {
            log.warn("change mail for session {} not sent: {}", s.id(), e.toString());
        }
    }

    static void afterCommit(Runnable r) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    r.run();
                }
            });
        } else {
            r.run();
        }
    }

    // ---- documentation

    sealed interface DocOutcome {}

    record Saved(int version) implements DocOutcome {}

    /** Someone saved in between; {@code current} is what is stored now. */
    record Conflict(Session current) implements DocOutcome {}

    @Transactional
    DocOutcome saveDoc(Camp camp, Viewer viewer, UUID sessionId, Forms.Doc form) {
        session(camp, sessionId);
        String notes = Forms.trim(form.notes());
        String results = Forms.trim(form.results());
        if (!repo.saveDoc(sessionId, form.version(), notes, results)) {
            return new Conflict(session(camp, sessionId));
        }
        int version = form.version() + 1;
        repo.insertRevision(
                sessionId, version, notes, results, viewer.personId(), viewer.registrationId(), viewer.displayName());
        search.changed(camp, session(camp, sessionId));
        return new Saved(version);
    }

    @Transactional
    void addLink(Camp camp, Viewer viewer, UUID sessionId, String url, String label) {
        session(camp, sessionId);
        repo.insertLink(sessionId, url, label, viewer.personId(), viewer.displayName());
    }

    @Transactional
    UUID addFile(Camp camp, Viewer viewer, UUID sessionId, String filename, String contentType, byte[] data) {
        session(camp, sessionId);
        UUID id = UUID.randomUUID();
        repo.insertFile(id, sessionId, filename, contentType, data, viewer.personId(), viewer.displayName());
        return id;
    }

    // ---- views

    Map<UUID, Integer> voteCounts(Camp camp) {
        return repo.voteCounts(camp.id());
    }

    /** Phone votes plus show-of-hands where that is higher (hands count everyone in the room). */
    static int interest(Session s, Map<UUID, Integer> votes) {
        int v = votes.getOrDefault(s.id(), 0);
        return s.hands() == null ? v : Math.max(v, s.hands());
    }
}
