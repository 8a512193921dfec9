package de.gemeinsinn.barcamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.barcamp.Stored.Slot;
import de.gemeinsinn.events.RegistrationRef;
import de.gemeinsinn.events.RegistrationStatus;
import de.gemeinsinn.support.GemeinsinnTest;
import de.gemeinsinn.timetable.ScheduleRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A BarCamp from proposals to a published, changed timetable, on the service level. */
@GemeinsinnTest
class BarcampFlowTests extends BarcampTestSupport {

    @Autowired
    Planner planner;

    @Autowired
    AgendaCalendar calendar;

    Viewer participantViewer(Camp camp, UUID registration, String name, String email) {
        return new Viewer(
                null,
                new RegistrationRef(registration, camp.event().id(), name, email, null, RegistrationStatus.CONFIRMED),
                false,
                true);
    }

    @Test
    void proposalsVotesAndHandsBecomeTheSolverRequest() {
        Camp camp = camp("Anfrage");
        grid(camp, 2, 2);
        service.addRoom(camp, new Forms.Room("Ohne Beamer", "10", List.of()));
        UUID reg = register(camp, "Hanna Host", "host-" + UUID.randomUUID() + "@example.org");
        Viewer host = participantViewer(camp, reg, "Hanna Host", "x@example.org");
        UUID hosted = service.propose(
                camp, host, new Forms.Proposal("Mit Beamer", "", "Hanna", "ALL", List.of("PROJECTOR"), true));
        UUID pitched = service.quickAdd(camp, "Gepitcht", Viewer.ANONYMOUS);
        service.vote(camp, host, pitched, true);
        service.setPhase(camp, Phase.VOTING);
        service.hands(reload(camp), pitched, 5);

        ScheduleRequest request = planner.request(camp.id());
        ScheduleRequest.Session withProjector = request.sessions().stream()
                .filter(s -> s.id().equals(hosted.toString()))
                .findFirst()
                .orElseThrow();
        // no room offers a projector: nowhere allowed, the solver will say why
        assertThat(withProjector.allowedRooms()).isEmpty();
        assertThat(withProjector.hosts()).containsExactly(Planner.participantId(reg));
        // one phone vote + four more hands = five people interested in the pitched session
        long interested = request.participants().stream()
                .filter(p -> p.interests().contains(pitched.toString()))
                .count();
        assertThat(interested).isEqualTo(5);
        assertThat(request.participants())
                .extracting(ScheduleRequest.Participant::id)
                .doesNotHaveDuplicates();
    }

    @Test
    void aHostWhoIsAwayInASlotNeverGetsTheirSessionThere() {
        Camp camp = camp("Abwesend");
        grid(camp, 1, 3);
        List<Slot> slots = repo.slots(camp.id());
        UUID reg = register(camp, "Hanna Host", "away-" + UUID.randomUUID() + "@example.org");
        Viewer host = participantViewer(camp, reg, "Hanna Host", "x@example.org");
        UUID hosted =
                service.propose(camp, host, new Forms.Proposal("Meine Session", "", "Hanna", "ALL", List.of(), true));
        // away in the first two slots (and an id of no slot of this BarCamp, which is ignored)
        service.setAway(camp, host, Set.of(slots.get(0).id(), slots.get(1).id(), UUID.randomUUID()));
        assertThat(repo.awayOf(camp.id(), reg))
                .containsExactlyInAnyOrder(slots.get(0).id(), slots.get(1).id());

        ScheduleRequest request = planner.request(camp.id());
        ScheduleRequest.Participant hanna = request.participants().stream()
                .filter(p -> p.id().equals(Planner.participantId(reg)))
                .findFirst()
                .orElseThrow();
        assertThat(hanna.unavailableSlots())
                .containsExactlyInAnyOrder(
                        slots.get(0).id().toString(), slots.get(1).id().toString());

        service.setPhase(camp, Phase.PLANNING);
        planner.solve(reload(camp));
        assertThat(service.sessionsById(camp.id()).get(hosted).slotId())
                .isEqualTo(slots.get(2).id());

        // changed mind: away nowhere
        service.setAway(camp, host, Set.of());
        assertThat(repo.awayOf(camp.id(), reg)).isEmpty();
    }

    @Test
    void solvePinMoveResolvePublishAndAnnounce() {
        Camp camp = camp("Planung");
        grid(camp, 2, 3);
        List<UUID> regs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            regs.add(register(camp, "Person " + i, "p" + i + "-" + UUID.randomUUID() + "@example.org"));
        }
        List<UUID> sessions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sessions.add(service.quickAdd(camp, "Session " + i, Viewer.ANONYMOUS));
        }
        // everyone wants sessions 0 and 1: they must not run at the same time
        for (int i = 0; i < regs.size(); i++) {
            Viewer v = participantViewer(camp, regs.get(i), "Person " + i, "x@example.org");
            service.vote(camp, v, sessions.get(0), true);
            service.vote(camp, v, sessions.get(1), true);
            service.vote(camp, v, sessions.get(2 + i % 4), true);
        }
        assertThatThrownBy(() -> planner.solve(reload(camp))).isInstanceOf(Refused.class);
        service.setPhase(camp, Phase.PLANNING);

        Planner.Summary first = planner.solve(reload(camp));
        assertThat(first.unplaced()).isEmpty();
        Map<UUID, Session> placed = service.sessionsById(camp.id());
        assertThat(placed.values()).allMatch(Session::placed);
        assertThat(placed.get(sessions.get(0)).slotId())
                .isNotEqualTo(placed.get(sessions.get(1)).slotId());
        // sessions 2..5 (three people each) fill four cells, two of them beside 0 or 1: at best 6 missed
        assertThat(first.missedInterest()).isEqualTo(6);
        assertThat(Planner.summary(reload(camp).barcamp().lastSolve()).total()).isEqualTo(first.total());

        // the moderator pins session 2 somewhere else and re-solves: the pin stays, few others move
        Session s2 = placed.get(sessions.get(2));
        BarcampService.Cell target = placed.values().stream()
                .filter(s -> !s.id().equals(s2.id()) && !s.slotId().equals(s2.slotId()))
                .map(BarcampService.Cell::of)
                .findFirst()
                .orElseThrow();
        service.move(reload(camp), s2.id(), target, true);
        Map<UUID, Session> afterMove = service.sessionsById(camp.id());
        assertThat(BarcampService.Cell.of(afterMove.get(s2.id()))).isEqualTo(target);
        assertThat(afterMove.get(s2.id()).pinned()).isTrue();

        Planner.Summary second = planner.solve(reload(camp));
        Map<UUID, Session> afterResolve = service.sessionsById(camp.id());
        assertThat(BarcampService.Cell.of(afterResolve.get(s2.id()))).isEqualTo(target);
        long moved = afterMove.values().stream()
                .filter(s -> !BarcampService.Cell.of(s).equals(BarcampService.Cell.of(afterResolve.get(s.id()))))
                .count();
        assertThat(moved).isEqualTo(second.moves()).isLessThanOrEqualTo(3);

        // publish: nothing announced yet; then a swap is announced on the board's change log
        service.publish(reload(camp), true);
        Camp published = reload(camp);
        assertThat(published.barcamp().published()).isTrue();
        assertThat(published.phase()).isEqualTo(Phase.RUNNING);
        assertThat(repo.changes(camp.id(), 10)).isEmpty();
        long boardBefore = published.barcamp().boardVersion();
        service.swap(published, sessions.get(3), sessions.get(4));
        assertThat(repo.changes(camp.id(), 10))
                .extracting(Stored.Change::message)
                .anyMatch(m -> m.contains("„Session 3“ findet jetzt"))
                .anyMatch(m -> m.contains("„Session 4“ findet jetzt"));
        assertThat(reload(camp).barcamp().boardVersion()).isGreaterThan(boardBefore);
    }

    @Test
    void theAgendaIsAnICalendarWithStableUidsAndGrowingSequence() {
        Camp camp = camp("Agenda");
        grid(camp, 2, 2);
        UUID reg = register(camp, "Anna Agenda", "agenda-" + UUID.randomUUID() + "@example.org");
        Viewer anna = participantViewer(camp, reg, "Anna Agenda", "x@example.org");
        UUID a = service.quickAdd(camp, "Erste", Viewer.ANONYMOUS);
        UUID b = service.quickAdd(camp, "Zweite", Viewer.ANONYMOUS);
        service.star(camp, anna, a, true);
        service.setPhase(camp, Phase.PLANNING);
        planner.solve(reload(camp));
        service.publish(reload(camp), true);

        String token = service.participant(camp, anna).feedToken();
        String ics = web().get0(camp.url() + "/kalender/" + token + ".ics");
        ICalendar cal = Biweekly.parse(ics).first();
        assertThat(cal.getTimezoneInfo().getComponents()).isNotEmpty();
        assertThat(ics).contains("TZID=Europe/Berlin").contains("BEGIN:VTIMEZONE");
        assertThat(cal.getEvents()).hasSize(1);
        VEvent event = cal.getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Erste");
        String uid = event.getUid().getValue();
        int sequence = event.getSequence().getValue();
        Session placed = repo.session(a).orElseThrow();
        assertThat(event.getDateStart().getValue().getTime())
                .isEqualTo(Grid.of(repo.rooms(camp.id()), repo.slots(camp.id()), List.of(placed))
                        .slot(placed)
                        .startsAt()
                        .toEpochMilli());

        service.swap(reload(camp), a, b);
        VEvent moved = Biweekly.parse(web().get0(camp.url() + "/kalender/" + token + ".ics"))
                .first()
                .getEvents()
                .get(0);
        assertThat(moved.getUid().getValue()).isEqualTo(uid);
        assertThat(moved.getSequence().getValue()).isGreaterThan(sequence);
        // a wrong token reveals nothing
        assertThat(web().status(camp.url() + "/kalender/falsch.ics")).isEqualTo(404);
    }

    @Test
    void demoBarcampWestHasTwelveSessionsAPublishedTimetableAndDocumentation() {
        Camp west = service.camp(de.gemeinsinn.events.DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG);
        List<Session> sessions = repo.sessions(west.id());
        assertThat(sessions).hasSize(12);
        assertThat(sessions)
                .extracting(Session::title)
                .contains(
                        "Unternehmen für Engagement gewinnen",
                        "Bewährte Methoden der Bürgerbeteiligung",
                        "Die Rolle des Netzwerks bei der Stärkung der Demokratie");
        assertThat(west.barcamp().published()).isTrue();
        assertThat(sessions).allMatch(Session::placed);
        assertThat(sessions.stream().filter(s -> !s.notes().isBlank()).count()).isGreaterThanOrEqualTo(3);
        assertThat(repo.rooms(west.id())).extracting(Stored.Room::name).contains("Kirchenschiff", "Gemeindesaal");
        Map<UUID, Integer> votes = repo.voteCounts(west.id());
        assertThat(votes.values().stream().collect(Collectors.summingInt(i -> i)))
                .isGreaterThan(50);
        // needs are respected: the step-free session is not in the Sakristei
        Session stepFree = sessions.stream()
                .filter(s -> s.needs().contains(Feature.STEP_FREE))
                .findFirst()
                .orElseThrow();
        assertThat(repo.rooms(west.id()).stream()
                        .filter(r -> r.id().equals(stepFree.roomId()))
                        .findFirst()
                        .orElseThrow()
                        .features())
                .contains(Feature.STEP_FREE);
    }
}
