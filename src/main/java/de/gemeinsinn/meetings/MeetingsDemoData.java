package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.DemoGroups;
import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupMemberRef;
import de.gemeinsinn.groups.GroupRole;
import de.gemeinsinn.groups.GroupsDemoDataReady;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A history for every demo group (only with demo data, after {@link GroupsDemoDataReady}): past
 * meetings with minutes (approved, and one still in draft), public summaries, decisions by
 * consensus and by vote, actions in every state (some overdue, some due soon), upcoming meetings
 * with RSVPs and an open date poll. Dates are relative to the first start; seeded once per group.
 */
@Component
class MeetingsDemoData {

    private static final Logger log = LoggerFactory.getLogger(MeetingsDemoData.class);

    /** What a group works on: meeting topics, decisions and actions in its own words. */
    record Plan(
            DemoGroups.Demo demo,
            String place,
            String online,
            List<String> topics,
            List<String> decisions,
            List<String> actions) {}

    static final String RATHAUS = "Rathaus Bottrop, Ernst-Wilczok-Platz 1, Sitzungsraum 2";
    static final String EVERDING = "Kulturzentrum August Everding, Blumenstraße 12–14, Bottrop";

    static final List<Plan> PLANS = List.of(
            new Plan(
                    DemoGroups.QUARTIERE,
                    RATHAUS,
                    "",
                    List.of(
                            "Quartiersprofile abstimmen",
                            "Ansprechpersonen je Quartier",
                            "Kalender der Stadtteilfeste"),
                    List.of(
                            "Jedes Quartier bekommt eine feste Ansprechperson aus dem Netzwerk.",
                            "Die Quartiersprofile nutzen eine gemeinsame Vorlage mit fünf Abschnitten.",
                            "Ein gemeinsamer Kalender für Stadtteilfeste wird auf Gemeinsinn geführt."),
                    List.of(
                            "Vorlage für das Quartiersprofil fertigstellen",
                            "Ansprechpersonen für Boy und Batenbrock anfragen",
                            "Termine der Stadtteilfeste sammeln",
                            "Raum für das Quartierstreffen im Herbst reservieren")),
            new Plan(
                    DemoGroups.BATENBROCK_BOY,
                    "Quartierstreff Batenbrock (Adresse in der Einladung)",
                    "",
                    List.of("Nachbarschaftsfest vorbereiten", "Offener Treff am ersten Mittwoch"),
                    List.of(
                            "Das Nachbarschaftsfest findet im Juni auf dem Platz vor dem Quartierstreff statt.",
                            "Der offene Treff läuft zunächst ein halbes Jahr zur Probe."),
                    List.of(
                            "Genehmigung für das Fest bei der Stadt beantragen",
                            "Kuchenspenden bei Bäckereien im Viertel anfragen",
                            "Aushang für den offenen Treff gestalten",
                            "Bierzeltgarnituren beim Bürgerverein reservieren")),
            new Plan(
                    DemoGroups.KIRCHHELLEN,
                    "Vereinsheim in Kirchhellen (Adresse in der Einladung)",
                    "",
                    List.of("Mitfahrbänke zwischen den Dörfern", "Ehrenamtstag der Vereine"),
                    List.of(
                            "Drei Mitfahrbänke werden zuerst in Kirchhellen, Feldhausen und Grafenwald aufgestellt.",
                            "Der Ehrenamtstag findet jedes Jahr im September statt."),
                    List.of(
                            "Standorte der Mitfahrbänke mit der Verwaltung abstimmen",
                            "Schilder für die Mitfahrbänke entwerfen",
                            "Vereine für den Ehrenamtstag anschreiben")),
            new Plan(
                    DemoGroups.UNTERNEHMEN,
                    EVERDING,
                    "",
                    List.of("Engagement-Aktionstag der Wirtschaft", "Börse für Vereinsbedarfe"),
                    List.of(
                            "Der erste Engagement-Aktionstag findet an einem Freitag im Mai statt.",
                            "Vereine melden ihren Bedarf über ein einfaches Formular."),
                    List.of(
                            "Liste interessierter Betriebe zusammenstellen",
                            "Formular für Vereinsbedarfe entwerfen",
                            "Pressetext zum Aktionstag schreiben")),
            new Plan(
                    DemoGroups.BETEILIGUNG,
                    RATHAUS,
                    "",
                    List.of("Methodensammlung Beteiligung", "Einladungen in Leichter Sprache"),
                    List.of(
                            "Alle Einladungen der AG erscheinen zusätzlich in Leichter Sprache.",
                            "Die Methodensammlung wird als offenes Dokument geführt."),
                    List.of(
                            "Drei Methoden mit Praxisbeispiel beschreiben",
                            "Einladungsvorlage in Leichter Sprache prüfen lassen",
                            "Rückmeldungen der Fachbereiche einsammeln")),
            new Plan(
                    DemoGroups.DEMOKRATIE,
                    EVERDING,
                    "",
                    List.of("Woche der Demokratie planen", "Gesprächsabende in den Stadtbezirken"),
                    List.of(
                            "Die Woche der Demokratie wird gemeinsam mit drei Schulen vorbereitet.",
                            "In jedem Stadtbezirk gibt es pro Halbjahr einen Gesprächsabend."),
                    List.of(
                            "Schulen für die Woche der Demokratie ansprechen",
                            "Moderation für den ersten Gesprächsabend finden",
                            "Räume in den drei Stadtbezirken anfragen")),
            new Plan(
                    DemoGroups.SPORT,
                    "Vereinsheim SV Eigen (Adresse in der Einladung)",
                    "",
                    List.of("Ehrenamtspass der Sportvereine", "Schnupperangebote für neue Engagierte"),
                    List.of(
                            "Der Ehrenamtspass gilt in allen beteiligten Vereinen.",
                            "Jeder Verein bietet mindestens ein Schnupperangebot pro Saison an."),
                    List.of(
                            "Entwurf des Ehrenamtspasses mit den Vorständen abstimmen",
                            "Übersicht der Schnupperangebote erstellen",
                            "Förderantrag für Übungsleitungs-Ausbildung prüfen")),
            new Plan(
                    DemoGroups.DIGITAL,
                    "",
                    "https://meet.example.org/ag-digitales-engagement",
                    List.of("Sprechstunde für Vereinswebseiten", "Datensparsame Werkzeuge"),
                    List.of(
                            "Die Sprechstunde startet als Online-Angebot einmal im Monat.",
                            "Empfohlen werden nur Werkzeuge, die ohne Tracking auskommen."),
                    List.of(
                            "Liste datensparsamer Werkzeuge zusammenstellen",
                            "Termine für die Sprechstunde festlegen",
                            "Testvereine für die Sprechstunde gewinnen")),
            new Plan(
                    DemoGroups.NETWORK_UNTERNEHMEN,
                    "",
                    "https://meet.example.org/netzwerk-unternehmensengagement",
                    List.of("Erfahrungen der Städte mit Unternehmensengagement", "Gemeinsamer Leitfaden"),
                    List.of(
                            "Die Städte teilen ihre Aktionstags-Konzepte im Netzwerk.",
                            "Ein gemeinsamer Leitfaden erscheint bis zum Netzwerktreffen."),
                    List.of(
                            "Konzepte der Städte sammeln",
                            "Gliederung des Leitfadens entwerfen",
                            "Gastbeitrag eines Betriebs anfragen")),
            new Plan(
                    DemoGroups.NETWORK_DEMOKRATIE,
                    "",
                    "https://meet.example.org/netzwerk-demokratie",
                    List.of("Formate gegen Hass und Ausgrenzung", "Austausch der Städte"),
                    List.of(
                            "Die Städte stellen einander je ein erprobtes Format vor.",
                            "Das Netzwerk veröffentlicht eine gemeinsame Erklärung zur Woche der Demokratie."),
                    List.of(
                            "Formate der Städte in einer Übersicht sammeln",
                            "Entwurf der gemeinsamen Erklärung schreiben",
                            "Referentin für den Austausch anfragen")));

    private final JdbcClient jdbc;
    private final GroupDirectory groups;
    private final MeetingStore meetings;
    private final WorkStore work;
    private final PollStore polls;
    private final MeetingsSearch search;

    MeetingsDemoData(
            JdbcClient jdbc,
            GroupDirectory groups,
            MeetingStore meetings,
            WorkStore work,
            PollStore polls,
            MeetingsSearch search) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.meetings = meetings;
        this.work = work;
        this.polls = polls;
        this.search = search;
    }

    @EventListener
    void on(GroupsDemoDataReady event) {
        int seeded = 0;
        for (Plan plan : PLANS) {
            if (groups.find(plan.demo().id()).isPresent() && !seeded(plan.demo().id())) {
                seed(plan);
                seeded++;
            }
        }
        if (seeded > 0) {
            log.info("Demo-Treffen, Beschlüsse und Aufgaben für {} Arbeitsgruppen angelegt", seeded);
        }
    }

    private boolean seeded(UUID groupId) {
        return jdbc.sql("SELECT count(*) FROM meetings.meeting WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private void seed(Plan plan) {
        UUID g = plan.demo().id();
        List<GroupMemberRef> members = groups.members(g);
        if (members.isEmpty()) {
            return;
        }
        UUID lead = members.stream()
                .filter(m -> m.role() == GroupRole.LEAD)
                .map(GroupMemberRef::personId)
                .findFirst()
                .orElse(members.get(0).personId());
        LocalDate today = Berlin.today();
        LocalTime from = LocalTime.of(18, 0);
        LocalTime until = LocalTime.of(20, 0);
        int[] pastDays = {-98, -63, -35, -7};
        UUID[] past = new UUID[pastDays.length];
        for (int i = 0; i < pastDays.length; i++) {
            LocalDate day = today.plusDays(pastDays[i]);
            UUID id = UUID.randomUUID();
            String topic = plan.topics().get(i % plan.topics().size());
            meetings.insert(
                    id,
                    g,
                    topic,
                    Berlin.instant(day, from),
                    Berlin.instant(day, until),
                    plan.place(),
                    plan.online(),
                    lead);
            meetings.addItem(id, "Begrüßung und Protokoll des letzten Treffens", "", null);
            meetings.addItem(id, topic, "", null);
            meetings.addItem(id, "Verschiedenes", "", null);
            for (AgendaItem item : meetings.agenda(id)) {
                String text = item.position() == 1
                        ? "Alle sind begrüßt, das Protokoll des letzten Treffens ist ohne Änderungen angenommen."
                        : item.position() == 2
                                ? "Zu „" + topic
                                        + "“ berichten die Beteiligten vom Stand. Die Gruppe bespricht die nächsten Schritte "
                                        + "und hält sie als Aufgaben fest."
                                : "Keine weiteren Punkte.";
                meetings.saveMinutes(
                        item.id(),
                        item.minutesVersion(),
                        text,
                        members.get(item.position() % members.size()).personId());
            }
            boolean draft = i == pastDays.length - 1;
            if (!draft) {
                meetings.approveMinutes(id, lead);
                if (plan.demo().visibility() == de.gemeinsinn.groups.GroupVisibility.PUBLIC) {
                    meetings.setSummary(
                            id,
                            "Die Gruppe hat über „" + topic + "“ gesprochen und die nächsten Schritte verabredet. "
                                    + "Beschlüsse und Aufgaben stehen auf der Gruppenseite.");
                }
            }
            past[i] = id;
        }
        // a cancelled meeting and two coming ones with answers
        LocalDate cancelledDay = today.plusDays(-49);
        UUID cancelled = UUID.randomUUID();
        meetings.insert(
                cancelled,
                g,
                "Sondertreffen",
                Berlin.instant(cancelledDay, from),
                Berlin.instant(cancelledDay, until),
                plan.place(),
                plan.online(),
                lead);
        meetings.cancel(cancelled);
        UUID next = UUID.randomUUID();
        LocalDate nextDay = today.plusDays(12);
        meetings.insert(
                next,
                g,
                plan.topics().get(0) + " – nächste Schritte",
                Berlin.instant(nextDay, from),
                Berlin.instant(nextDay, until),
                plan.place(),
                plan.online(),
                lead);
        meetings.addItem(next, "Begrüßung und Protokoll", "", null);
        meetings.addItem(next, plan.topics().get(plan.topics().size() - 1), "", null);
        UUID later = UUID.randomUUID();
        LocalDate laterDay = today.plusDays(40);
        meetings.insert(
                later,
                g,
                "Jahresplanung",
                Berlin.instant(laterDay, from),
                Berlin.instant(laterDay, until),
                plan.place(),
                plan.online(),
                lead);
        Rsvp[] answers = {Rsvp.YES, Rsvp.YES, Rsvp.MAYBE, Rsvp.NO};
        for (int i = 0; i < members.size() && i < answers.length; i++) {
            meetings.rsvp(next, members.get(i).personId(), answers[i]);
        }

        // decisions in every state, one decided by vote
        WorkStatus[] decisionStates = {WorkStatus.DONE, WorkStatus.IN_PROGRESS, WorkStatus.OPEN};
        UUID firstDecision = null;
        for (int i = 0; i < plan.decisions().size(); i++) {
            boolean vote = i == 1;
            Decision d = work.insertDecision(
                    g,
                    plan.decisions().get(i),
                    vote ? DecisionMethod.VOTE : DecisionMethod.CONSENSUS,
                    vote ? Math.max(1, members.size() - 2) : null,
                    vote ? 1 : null,
                    vote ? 1 : null,
                    decisionStates[i % decisionStates.length],
                    past[i % past.length],
                    today.plusDays(pastDays[i % pastDays.length]),
                    lead);
            if (firstDecision == null) {
                firstDecision = d.id();
            }
        }
        if (plan.decisions().size() < decisionStates.length) {
            work.insertDecision(
                    g,
                    "Die Moderation der Treffen wechselt reihum.",
                    DecisionMethod.CONSENSUS,
                    null,
                    null,
                    null,
                    WorkStatus.OPEN,
                    past[past.length - 1],
                    today.plusDays(pastDays[pastDays.length - 1]),
                    lead);
        }
        work.insertDecision(
                g,
                "Der Vorschlag, sich nur noch online zu treffen, wird nicht weiterverfolgt.",
                DecisionMethod.VOTE,
                1,
                Math.max(1, members.size() - 1),
                0,
                WorkStatus.DROPPED,
                past[0],
                today.plusDays(pastDays[0]),
                lead);

        // actions: overdue, due in two days, later, in progress, done, dropped, unassigned
        int[] due = {-5, 2, 20, 9};
        WorkStatus[] actionStates = {WorkStatus.OPEN, WorkStatus.OPEN, WorkStatus.IN_PROGRESS, WorkStatus.OPEN};
        for (int i = 0; i < plan.actions().size(); i++) {
            UUID owner = members.get(i % members.size()).personId();
            ActionItem a = work.insertAction(
                    g,
                    plan.actions().get(i),
                    owner,
                    today.plusDays(due[i % due.length]),
                    past[past.length - 1],
                    i == 0 ? firstDecision : null,
                    lead);
            work.setActionStatus(a.id(), actionStates[i % actionStates.length]);
        }
        ActionItem done = work.insertAction(
                g, "Protokollvorlage für die Gruppe anlegen", lead, today.plusDays(-40), past[1], null, lead);
        work.setActionStatus(done.id(), WorkStatus.DONE);
        ActionItem dropped =
                work.insertAction(g, "Eigene Webseite für die Gruppe einrichten", null, null, past[0], null, lead);
        work.setActionStatus(dropped.id(), WorkStatus.DROPPED);
        work.insertAction(
                g,
                "Fotos vom letzten Treffen für den Rückblick auswählen",
                null,
                today.plusDays(30),
                past[past.length - 1],
                null,
                lead);
        work.actions(g, null, false).forEach(search::actionChanged);
        work.decisions(g).forEach(search::decisionChanged);

        // an open date poll with a few answers
        LocalDate p1 = today.plusDays(60);
        UUID poll = polls.insert(
                g,
                "Herbsttreffen",
                plan.place(),
                plan.online(),
                List.of(
                        new Instant[] {Berlin.instant(p1, from), Berlin.instant(p1, until)},
                        new Instant[] {Berlin.instant(p1.plusDays(2), from), Berlin.instant(p1.plusDays(2), until)},
                        new Instant[] {
                            Berlin.instant(p1.plusDays(7), LocalTime.of(10, 0)),
                            Berlin.instant(p1.plusDays(7), LocalTime.of(12, 0))
                        }),
                lead);
        DatePoll dp = polls.find(poll).orElseThrow();
        PollAnswer[][] grid = {
            {PollAnswer.YES, PollAnswer.IF_NEED_BE, PollAnswer.NO},
            {PollAnswer.YES, PollAnswer.YES, PollAnswer.NO},
            {PollAnswer.NO, PollAnswer.YES, PollAnswer.IF_NEED_BE}
        };
        for (int i = 0; i < members.size() && i < grid.length; i++) {
            for (int o = 0; o < dp.options().size(); o++) {
                polls.answer(dp.options().get(o).id(), members.get(i).personId(), grid[i][o]);
            }
        }
        for (UUID id : List.of(past[0], past[1], past[2], past[3], cancelled, next, later)) {
            meetings.find(id).ifPresent(search::meetingChanged);
        }
    }
}
