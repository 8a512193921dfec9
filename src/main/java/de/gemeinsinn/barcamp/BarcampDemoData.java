package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.events.DemoEvents;
import de.gemeinsinn.events.EventCatalog;
import de.gemeinsinn.events.EventsDemoDataReady;
import de.gemeinsinn.events.RegistrationRef;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo BarCamps (only with {@code gemeinsinn.demo-data=true}, after the events module seeded its
 * events; idempotent): the regional meeting West 2025 in the Kulturkirche Herz-Jesu in Bottrop
 * with twelve sessions, votes, a published timetable and documentation, and the network meeting
 * 2027 collecting proposals. All people and texts are fictional.
 */
@Component
class BarcampDemoData {

    static final UUID WEST = UUID.fromString("b4c2a7e0-1d3f-4a5b-8c6d-7e8f90a1b001");
    static final UUID MEETING_2027 = UUID.fromString("b4c2a7e0-1d3f-4a5b-8c6d-7e8f90a1b002");

    private final boolean enabled;
    private final BarcampRepository repo;
    private final BarcampService service;
    private final EventCatalog catalog;
    private final TransactionTemplate tx;
    private final BarcampSearch search;

    BarcampDemoData(
            @Value("${gemeinsinn.demo-data:false}") boolean enabled,
            BarcampRepository repo,
            BarcampService service,
            EventCatalog catalog,
            TransactionTemplate tx,
            BarcampSearch search) {
        this.search = search;
        this.enabled = enabled;
        this.repo = repo;
        this.service = service;
        this.catalog = catalog;
        this.tx = tx;
    }

    private record Seed(
            String title,
            String description,
            String hosts,
            HostVisibility visibility,
            Set<Feature> needs,
            int room,
            int slot,
            int popularity) {}

    private static final List<Seed> WEST_SESSIONS = List.of(
            new Seed(
                    "Unternehmen für Engagement gewinnen",
                    "Corporate Volunteering, Sachspenden, Freistellungen: Wie sprechen Koordinierungsstellen Betriebe an,"
                            + " und was haben beide Seiten davon? Bottrop berichtet von seinem Unternehmensfrühstück.",
                    "Erika Mustermann (Stadt Bottrop)",
                    HostVisibility.ALL,
                    EnumSet.of(Feature.PROJECTOR),
                    0,
                    0,
                    30),
            new Seed(
                    "Bewährte Methoden der Bürgerbeteiligung",
                    "Planungszelle, Bürgerrat, Quartierskonferenz, Online-Beteiligung: Welche Formate haben in unseren"
                            + " Städten funktioniert – und welche nicht? Wir sammeln Erfahrungen und Stolpersteine.",
                    "Jonas Beispiel",
                    HostVisibility.ALL,
                    EnumSet.noneOf(Feature.class),
                    0,
                    1,
                    26),
            new Seed(
                    "Die Rolle des Netzwerks bei der Stärkung der Demokratie",
                    "Engagement ist gelebte Demokratie. Was kann das Netzwerk tun, damit Städte Demokratie vor Ort"
                            + " stärken – gegen Hass, für Beteiligung und Zusammenhalt?",
                    "Netzwerkstelle",
                    HostVisibility.ALL,
                    EnumSet.of(Feature.PROJECTOR, Feature.MICROPHONE),
                    0,
                    2,
                    24),
            new Seed(
                    "Ehrenamt im Quartier: Nachbarschaftshilfe organisieren",
                    "Vom Einkaufsdienst bis zum Reparaturcafé: Wie finden Nachbarinnen und Nachbarn zueinander?",
                    "Lea Musterfrau",
                    HostVisibility.PARTICIPANTS,
                    EnumSet.noneOf(Feature.class),
                    1,
                    0,
                    14),
            new Seed(
                    "Junge Menschen fürs Engagement begeistern",
                    "Schulen, Jugendverbände, Social Media – was spricht junge Leute an, und wie kurz darf ein"
                            + " Engagement sein?",
                    "Tim Beispielmann, Jugendring",
                    HostVisibility.ALL,
                    EnumSet.of(Feature.PROJECTOR),
                    1,
                    1,
                    16),
            new Seed(
                    "Freiwilligenagenturen und Stadtverwaltung – wer macht was?",
                    "Aufgabenteilung zwischen Agentur, Verwaltung und Vereinen: Beispiele aus drei Städten.",
                    "",
                    HostVisibility.NONE,
                    EnumSet.noneOf(Feature.class),
                    1,
                    2,
                    11),
            new Seed(
                    "Engagement digital: Plattformen, Datenschutz, Barrieren",
                    "Welche digitalen Werkzeuge nutzen die Städte für Engagement-Börsen, und wie bleiben sie"
                            + " datensparsam und barrierefrei?",
                    "Sam Mustermensch",
                    HostVisibility.ALL,
                    EnumSet.of(Feature.PROJECTOR),
                    2,
                    0,
                    9),
            new Seed(
                    "Anerkennungskultur: Ehrenamtskarte & Co.",
                    "Danke sagen, das ankommt: Ehrenamtskarten, Feste, Zeugnisse und kleine Gesten.",
                    "Petra Probst",
                    HostVisibility.ALL,
                    EnumSet.noneOf(Feature.class),
                    3,
                    1,
                    8),
            new Seed(
                    "Förderprogramme finden und beantragen",
                    "Landes- und Bundesprogramme im Überblick, Tipps für Anträge mit wenig Personal.",
                    "Kai Beispiel",
                    HostVisibility.ALL,
                    EnumSet.noneOf(Feature.class),
                    3,
                    2,
                    7),
            new Seed(
                    "Barrierefreie Veranstaltungen planen",
                    "Checkliste für Räume, Einladung, Gebärdensprache und einfache Sprache.",
                    "Mira Musterfrau",
                    HostVisibility.ALL,
                    EnumSet.of(Feature.STEP_FREE),
                    3,
                    0,
                    6),
            new Seed(
                    "Engagement und Klimaschutz vor Ort",
                    "Repair-Cafés, Stadtgärten, Energiegenossenschaften: Wie Kommunen Klima-Engagement unterstützen.",
                    "",
                    HostVisibility.NONE,
                    EnumSet.noneOf(Feature.class),
                    2,
                    1,
                    5),
            new Seed(
                    "Hauptamt trifft Ehrenamt: Konflikte gut lösen",
                    "Wenn Erwartungen auseinandergehen: Fälle und Gesprächsleitfäden.",
                    "Ole Probe",
                    HostVisibility.PARTICIPANTS,
                    EnumSet.noneOf(Feature.class),
                    2,
                    2,
                    4));

    @EventListener
    void seed(EventsDemoDataReady ready) {
        if (!enabled) {
            return;
        }
        catalog.find(DemoEvents.REGIONAL_MEETING_WEST_BOTTROP).ifPresent(e -> {
            if (repo.byEvent(e.id()).isEmpty()) {
                tx.executeWithoutResult(s -> west(e.id()));
            }
        });
        catalog.find(DemoEvents.NETWORK_MEETING_2027).ifPresent(e -> {
            if (repo.byEvent(e.id()).isEmpty()) {
                tx.executeWithoutResult(s -> meeting2027(e.id()));
            }
        });
    }

    private static Instant berlin(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).atZone(Stored.ZONE).toInstant();
    }

    private void west(UUID eventId) {
        repo.insert(WEST, eventId);
        List<UUID> rooms = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        repo.insertRoom(
                WEST,
                rooms.get(0),
                "Kirchenschiff",
                120,
                EnumSet.of(Feature.STEP_FREE, Feature.PROJECTOR, Feature.MICROPHONE));
        repo.insertRoom(WEST, rooms.get(1), "Gemeindesaal", 40, EnumSet.of(Feature.STEP_FREE, Feature.PROJECTOR));
        repo.insertRoom(WEST, rooms.get(2), "Sakristei", 15, EnumSet.noneOf(Feature.class));
        repo.insertRoom(WEST, rooms.get(3), "Foyer", 25, EnumSet.of(Feature.STEP_FREE));
        List<UUID> slots = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        repo.insertSlot(WEST, slots.get(0), berlin(2025, 5, 16, 13, 50), berlin(2025, 5, 16, 14, 30));
        repo.insertSlot(WEST, slots.get(1), berlin(2025, 5, 16, 14, 35), berlin(2025, 5, 16, 15, 15));
        repo.insertSlot(WEST, slots.get(2), berlin(2025, 5, 16, 15, 20), berlin(2025, 5, 16, 16, 0));

        List<RegistrationRef> people = catalog.confirmed(eventId);
        List<UUID> sessionIds = new ArrayList<>();
        for (Seed seed : WEST_SESSIONS) {
            UUID id = UUID.randomUUID();
            sessionIds.add(id);
            repo.insertSession(
                    id,
                    WEST,
                    seed.title(),
                    seed.description(),
                    seed.hosts(),
                    seed.visibility(),
                    seed.needs(),
                    null,
                    null,
                    false,
                    null);
            repo.place(id, rooms.get(seed.room()), slots.get(seed.slot()));
        }
        // votes: skewed like real BarCamps (a few very popular sessions, most with few votes)
        Random random = new Random(2025);
        for (int i = 0; i < sessionIds.size(); i++) {
            int wanted = Math.min(WEST_SESSIONS.get(i).popularity(), people.size());
            List<RegistrationRef> shuffled = new ArrayList<>(people);
            java.util.Collections.shuffle(shuffled, random);
            for (RegistrationRef r : shuffled.subList(0, wanted)) {
                repo.toggle("vote", sessionIds.get(i), r.id(), r.personId(), true);
            }
        }
        // two sessions were pitched on the day and counted by show of hands
        repo.setHands(sessionIds.get(10), 12);
        repo.setHands(sessionIds.get(11), 9);
        repo.setPinned(sessionIds.get(0), true);
        repo.setPhase(WEST, Phase.DONE);
        repo.publish(WEST, berlin(2025, 5, 16, 13, 40));
        repo.insertChange(
                WEST,
                sessionIds.get(9),
                "„Barrierefreie Veranstaltungen planen“ findet jetzt Fr 13:50 Uhr, Foyer statt (vorher Fr 13:50 Uhr, Sakristei).");

        doc(sessionIds.get(0), "Erika Mustermann", """
                ## Was wir gehört haben

                - Betriebe wollen **konkrete, kurze Einsätze** mit klarer Ansprechperson.
                - Das Bottroper Unternehmensfrühstück bringt zweimal im Jahr 20–30 Firmen an einen Tisch.
                - Freistellungstage werden eher genutzt, wenn das Team gemeinsam hingeht.

                ## Offene Fragen

                - Wie bleiben Kontakte lebendig, wenn die Ansprechperson im Betrieb wechselt?
                """, """
                1. Ein gemeinsamer Leitfaden „Erstgespräch mit Unternehmen“ für das Netzwerk.
                2. Bottrop teilt seine Einladungsvorlage für das Unternehmensfrühstück.
                """);
        doc(
                sessionIds.get(1),
                "Jonas Beispiel",
                """
                Gesammelte Formate mit Erfahrungen aus sechs Städten:

                | Format | gut für | Aufwand |
                |---|---|---|
                | Quartierskonferenz | konkrete Vorhaben im Stadtteil | mittel |
                | Bürgerrat (Losverfahren) | strittige Grundsatzfragen | hoch |
                | Online-Beteiligung | viele Menschen, wenig Zeit | gering bis mittel |

                Wichtig war allen: Rückmeldung geben, was aus den Vorschlägen geworden ist.
                """,
                "Checkliste „Rückmeldung an Beteiligte“ wird im Netzwerk geteilt.");
        doc(
                sessionIds.get(2),
                "Netzwerkstelle",
                """
                Das Netzwerk kann Städte stärken, indem es **Erfahrungen sichtbar macht**, gemeinsame Positionen
                formuliert und Koordinierungsstellen bei Anfeindungen nicht allein lässt.

                - Austausch über Schutzkonzepte für Engagierte
                - Demokratie-Projekte in die Engagement-Börsen aufnehmen
                """,
                "Eine Arbeitsgruppe „Demokratie stärken“ wird beim nächsten Netzwerktreffen vorgeschlagen.");
        doc(sessionIds.get(9), "Mira Musterfrau", """
                Checkliste (Auszug): stufenloser Zugang, barrierefreie Toilette, Induktionsschleife, Einladung in
                einfacher Sprache, Ansprechperson für Bedarfe schon bei der Anmeldung.
                """, "");
        repo.insertLink(
                sessionIds.get(9),
                "https://www.bundesfachstelle-barrierefreiheit.de/",
                "Bundesfachstelle Barrierefreiheit",
                null,
                "Mira Musterfrau");
        Camp camp = service.forEvent(eventId).orElseThrow();
        repo.sessions(WEST).forEach(s -> search.changed(camp, s));
    }

    private void doc(UUID sessionId, String author, String notes, String results) {
        repo.saveDoc(sessionId, 0, notes.strip(), results.strip());
        repo.insertRevision(sessionId, 1, notes.strip(), results.strip(), null, null, author);
    }

    private void meeting2027(UUID eventId) {
        repo.insert(MEETING_2027, eventId);
        repo.insertRoom(
                MEETING_2027,
                UUID.randomUUID(),
                "Großer Saal",
                200,
                EnumSet.of(Feature.STEP_FREE, Feature.PROJECTOR, Feature.MICROPHONE, Feature.HEARING_LOOP));
        repo.insertRoom(
                MEETING_2027, UUID.randomUUID(), "Seminarraum 1", 30, EnumSet.of(Feature.STEP_FREE, Feature.PROJECTOR));
        repo.insertRoom(MEETING_2027, UUID.randomUUID(), "Seminarraum 2", 30, EnumSet.of(Feature.STEP_FREE));
        repo.insertRoom(MEETING_2027, UUID.randomUUID(), "Bibliothek", 12, EnumSet.noneOf(Feature.class));
        int[][] times = {{9, 30, 10, 15}, {10, 30, 11, 15}, {11, 30, 12, 15}, {13, 30, 14, 15}};
        for (int[] t : times) {
            repo.insertSlot(
                    MEETING_2027, UUID.randomUUID(), berlin(2027, 9, 24, t[0], t[1]), berlin(2027, 9, 24, t[2], t[3]));
        }
        String[][] proposals = {
            {
                "Engagement in ländlichen Räumen",
                "Was können kleine Städte und Landkreise voneinander lernen?",
                "Netzwerkstelle"
            },
            {"Ehrenamtliche gewinnen und halten", "Erfahrungen mit Einstieg, Begleitung und Abschied.", "Max Mustermann"
            },
            {"Engagementstrategien der Städte im Vergleich", "Drei Städte stellen ihre Strategien vor.", ""}
        };
        for (String[] p : proposals) {
            repo.insertSession(
                    UUID.randomUUID(),
                    MEETING_2027,
                    p[0],
                    p[1],
                    p[2],
                    HostVisibility.ALL,
                    Set.of(),
                    null,
                    null,
                    false,
                    null);
        }
    }
}
