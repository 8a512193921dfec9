package de.gemeinsinn.events;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.network.CityRef;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo events after cities, accounts and news (order 20): the regional meeting West in Bottrop
 * (May 2025, as told by the news article), the national meetings of autumn 2024 and 2027 (open
 * for registration) and a few city events, with fictional registrations. Idempotent: an event
 * whose id exists is left alone. Publishes {@link EventsDemoDataReady} at the end.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "gemeinsinn.demo-data", havingValue = "true")
class EventsDemoData implements ApplicationRunner {

    static final List<String> FIRST = List.of(
            "Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannes", "Ida", "Jan", "Karla", "Lukas", "Mara",
            "Nils", "Olga", "Piet", "Rosa", "Sven", "Tilda", "Ulf");
    static final List<String> LAST = List.of("Mustermann", "Musterfrau", "Beispiel", "Muster", "Probe", "Exempel");

    private final EventService service;
    private final EventRepository events;
    private final Regions regions;
    private final Allocation allocation;
    private final PersonDirectory people;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher publisher;

    EventsDemoData(
            EventService service,
            EventRepository events,
            Regions regions,
            Allocation allocation,
            PersonDirectory people,
            JdbcClient jdbc,
            TransactionTemplate tx,
            ApplicationEventPublisher publisher) {
        this.service = service;
        this.events = events;
        this.regions = regions;
        this.allocation = allocation;
        this.people = people;
        this.jdbc = jdbc;
        this.tx = tx;
        this.publisher = publisher;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<CityRef> bottrop = regions.city("bottrop");
        if (!events.exists(DemoEvents.REGIONAL_MEETING_WEST_BOTTROP) && bottrop.isPresent()) {
            regionalMeetingWest(bottrop.get());
        }
        if (!events.exists(DemoEvents.NETWORK_MEETING_2024)) {
            networkMeeting2024();
        }
        if (!events.exists(DemoEvents.NETWORK_MEETING_2027)) {
            networkMeeting2027();
        }
        if (!events.exists(DemoEvents.BOTTROP_ENGAGEMENT_FAIR) && bottrop.isPresent()) {
            bottropFair(bottrop.get());
        }
        cityEvents();
        publisher.publishEvent(new EventsDemoDataReady());
    }

    private void regionalMeetingWest(CityRef bottrop) {
        EventInput in = new EventInput(
                "Regionaltreffen West 2025 in Bottrop",
                """
                Die Koordinierungsstellen der Mitgliedsstädte in der Region West treffen sich in der
                Kulturkirche Herz-Jesu in Bottrop. Gastgeberin ist die Stadt Bottrop.

                Am Vormittag stellt Bottrop vor, wie die Stadt Engagement gemeinsam aus Stadtentwicklung
                und sozialer Arbeit heraus fördert. Am Nachmittag bestimmen die Teilnehmenden das
                Programm selbst: im **BarCamp**.

                Pro Mitgliedsstadt sind bis zu drei Personen willkommen.
                """,
                """
                | Zeit | Programm |
                |---|---|
                | 10:00 | Ankommen und Kaffee |
                | 10:30 | Begrüßung und Vorstellung der Gastgeberstadt |
                | 11:30 | Austausch in Kleingruppen |
                | 12:30 | Mittagessen |
                | 13:30 | BarCamp: Sessionplanung und zwei Runden |
                | 16:00 | Abschluss |
                """,
                berlin(2025, 5, 16, 10, 0),
                berlin(2025, 5, 16, 16, 30),
                null,
                "west",
                new Venue(
                        "Kulturkirche Herz-Jesu",
                        "",
                        "",
                        "Bottrop",
                        "Der Kirchenraum ist stufenlos erreichbar; eine barrierefreie Toilette gibt es im Gemeindehaus nebenan.",
                        bottrop.lat(),
                        bottrop.lon()),
                "Netzwerkstelle mit der Stadt Bottrop",
                true,
                90,
                3,
                berlin(2025, 3, 1, 0, 0),
                berlin(2025, 5, 9, 23, 59),
                false);
        Event e = service.createWithId(
                DemoEvents.REGIONAL_MEETING_WEST_BOTTROP, DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG, in);
        people.byEmail("erika.mustermann@example.org").ifPresent(p -> events.addOrganiser(e.id(), p.id()));
        List<CityRef> west = closestCities(bottrop, 30);
        List<Seed> seeds = new ArrayList<>();
        int n = 0;
        for (CityRef city : west) {
            int perCity = city.slug().equals("bottrop") ? 3 : 2 + (n % 2);
            for (int i = 0; i < perCity; i++) {
                seeds.add(seed(n++, city.slug(), "Koordinierungsstelle " + city.name(), false, null, null));
            }
        }
        register(e.id(), seeds);
    }

    private void networkMeeting2024() {
        EventInput in = new EventInput(
                "Bundesweites Netzwerktreffen 2024",
                """
                Zwei Tage Austausch für alle Mitgliedsstädte: Was hat sich in den Städten bewährt, wo
                hakt es, und welche Fragen nimmt das Netzwerk ins nächste Jahr mit?
                """,
                """
                **Tag 1:** Ankommen, Markt der Möglichkeiten, Abendessen

                **Tag 2:** BarCamp und gemeinsamer Abschluss
                """,
                berlin(2024, 10, 24, 13, 0),
                berlin(2024, 10, 25, 15, 0),
                null,
                null,
                new Venue("Tagungshaus in Berlin", "", "", "Berlin", "", null, null),
                "Netzwerkstelle",
                true,
                180,
                3,
                berlin(2024, 6, 1, 0, 0),
                berlin(2024, 10, 1, 0, 0),
                false);
        Event e = service.createWithId(DemoEvents.NETWORK_MEETING_2024, "netzwerktreffen-2024", in);
        List<CityRef> all = regions.cities();
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < Math.min(60, all.size() * 2); i++) {
            seeds.add(seed(100 + i, all.get(i % all.size()).slug(), "", false, null, null));
        }
        register(e.id(), seeds);
    }

    private void networkMeeting2027() {
        EventInput in = new EventInput(
                "Bundesweites Netzwerktreffen 2027",
                """
                Das nächste große Treffen aller Mitgliedsstädte. Die Netzwerkstelle sammelt schon jetzt
                Themen für das BarCamp – Vorschläge gern über die Koordinierungsstellen.

                Pro Mitgliedsstadt können sich bis zu drei Personen anmelden. Ist das Kontingent einer
                Stadt oder das Haus voll, kommt man auf die Warteliste und rückt automatisch nach.
                """,
                """
                **Donnerstag:** Anreise ab 12 Uhr, Eröffnung um 13 Uhr, Markt der Möglichkeiten

                **Freitag:** BarCamp in vier Runden, Abschluss um 15 Uhr
                """,
                berlin(2027, 9, 23, 13, 0),
                berlin(2027, 9, 24, 15, 0),
                null,
                null,
                new Venue(
                        "Tagungshaus in Berlin",
                        "",
                        "",
                        "Berlin",
                        "Alle Räume sind stufenlos erreichbar. Eine Induktionsschleife gibt es im großen Saal.",
                        null,
                        null),
                "Netzwerkstelle",
                true,
                200,
                3,
                berlin(2026, 10, 1, 0, 0),
                berlin(2027, 9, 1, 0, 0),
                false);
        Event e = service.createWithId(DemoEvents.NETWORK_MEETING_2027, "netzwerktreffen-2027", in);
        List<CityRef> all = regions.cities();
        List<Seed> seeds = new ArrayList<>();
        people.byEmail("max.mustermann@example.org")
                .ifPresent(max -> seeds.add(new Seed(
                        "Max Mustermann", max.email(), "bottrop", "Netzwerkstelle", true, null, "vegetarisch")));
        for (int i = 0; i < Math.min(40, all.size()); i++) {
            seeds.add(seed(
                    200 + i,
                    all.get(i).slug(),
                    "",
                    i % 3 == 0,
                    i % 7 == 0 ? "Rollstuhl, bitte Platz am Gang" : null,
                    i % 5 == 0 ? "vegan" : null));
        }
        register(e.id(), seeds);
    }

    private void bottropFair(CityRef bottrop) {
        EventInput in = new EventInput(
                "Engagementbörse Bottrop 2027",
                """
                Vereine, Initiativen und Einrichtungen aus den Bottroper Stadtteilen stellen sich vor.
                Wer ein Ehrenamt sucht, findet hier Ansprechpersonen – von der Lernpatenschaft bis zum
                Nachbarschaftscafé.
                """,
                "",
                berlin(2027, 3, 13, 11, 0),
                berlin(2027, 3, 13, 16, 0),
                "bottrop",
                null,
                new Venue(
                        "Rathaus Bottrop",
                        "",
                        "",
                        "Bottrop",
                        "Eingang mit Rampe, Aufzug vorhanden.",
                        bottrop.lat(),
                        bottrop.lon()),
                "Koordinierungsstelle Engagement Bottrop",
                true,
                60,
                null,
                null,
                null,
                false);
        Event e = service.createWithId(DemoEvents.BOTTROP_ENGAGEMENT_FAIR, "engagementboerse-bottrop-2027", in);
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            seeds.add(seed(300 + i, "bottrop", i % 2 == 0 ? "Nachbarschaftsverein" : "", i % 2 == 0, null, null));
        }
        register(e.id(), seeds);
    }

    /** Smaller events of other member cities (by slug, only when the city exists). */
    private void cityEvents() {
        city(
                "wuerzburg",
                "Fortbildung: Datenschutz im Ehrenamt",
                "Was Vereine über Mitgliederlisten, Fotos und Messenger wissen sollten – kompakt an einem Abend.",
                berlin(2026, 12, 9, 18, 0),
                berlin(2026, 12, 9, 20, 30),
                "Stadtbücherei Würzburg",
                12,
                15);
        city(
                "bielefeld",
                "Stammtisch der Engagierten",
                "Offener Austausch für alle, die sich in Bielefeld engagieren oder es vorhaben.",
                berlin(2027, 2, 10, 18, 30),
                berlin(2027, 2, 10, 21, 0),
                "Bürgerzentrum",
                40,
                6);
        city(
                "gladbeck",
                "Ehrenamtsfest Gladbeck",
                "Danke sagen: ein Nachmittag mit Musik, Kaffee und Kuchen für alle Ehrenamtlichen.",
                berlin(2026, 9, 5, 14, 0),
                berlin(2026, 9, 5, 18, 0),
                "Stadthalle",
                150,
                20);
    }

    private void city(
            String slug, String title, String text, Instant start, Instant end, String venue, int cap, int regs) {
        Optional<CityRef> city = regions.city(slug);
        String eventSlug =
                Slugs.of(title) + "-" + slug + "-" + start.atZone(Event.ZONE).getYear();
        if (city.isEmpty() || events.slugExists(eventSlug)) {
            return;
        }
        CityRef c = city.get();
        EventInput in = new EventInput(
                title,
                text,
                "",
                start,
                end,
                slug,
                null,
                new Venue(venue, "", "", c.name(), "", c.lat(), c.lon()),
                "Koordinierungsstelle " + c.name(),
                true,
                cap,
                null,
                null,
                null,
                false);
        Event e = service.createWithId(UUID.nameUUIDFromBytes(("demo-event:" + eventSlug).getBytes()), eventSlug, in);
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < regs; i++) {
            seeds.add(seed(400 + slug.length() * 10 + i, slug, "", i % 2 == 1, null, null));
        }
        register(e.id(), seeds);
    }

    private List<CityRef> closestCities(CityRef host, int count) {
        return regions.cities().stream()
                .sorted(Comparator.comparingDouble(
                        c -> Math.hypot(c.lat() - host.lat(), (c.lon() - host.lon()) * Math.cos(Math.toRadians(51.5)))))
                .limit(count)
                .toList();
    }

    private record Seed(
            String name, String email, String citySlug, String organisation, boolean show, String needs, String diet) {}

    private static Seed seed(int n, String city, String org, boolean show, String needs, String diet) {
        String first = FIRST.get(n % FIRST.size());
        String last = LAST.get((n / FIRST.size()) % LAST.size());
        String email = (first + "." + last + "." + n + "@example.org")
                .toLowerCase(java.util.Locale.ROOT)
                .replace("ü", "ue");
        return new Seed(first + " " + last, email, city, org, show, needs, diet);
    }

    /** Inserts in order and lets the normal allocation give seats (so quotas are respected). */
    private void register(UUID eventId, List<Seed> seeds) {
        tx.executeWithoutResult(status -> {
            long t = 0;
            for (Seed s : seeds) {
                UUID id = UUID.randomUUID();
                UUID personId = people.byEmail(s.email())
                        .map(PersonDirectory.PersonRef::id)
                        .orElse(null);
                jdbc.sql("""
                                INSERT INTO events.registration (id, event_id, name, email, email_key, city_slug,
                                    organisation, accessibility_needs, dietary_wishes, show_in_list, consent_version,
                                    consented_at, person_id, status, created_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, 'PENDING', clock_timestamp() + ? * interval '1 millisecond')
                                ON CONFLICT DO NOTHING
                                """)
                        .params(
                                id,
                                eventId,
                                s.name(),
                                s.email(),
                                Registration.emailKey(s.email()),
                                s.citySlug(),
                                s.organisation(),
                                s.needs(),
                                s.diet(),
                                s.show(),
                                RegistrationService.CONSENT_VERSION,
                                personId,
                                t++)
                        .update();
                String token = Tokens.newManageToken();
                jdbc.sql(
                                "INSERT INTO events.registration_token (token_hash, registration_id, kind) SELECT ?, id, 'MANAGE' FROM events.registration WHERE id = ?")
                        .params(Tokens.hash(token), id)
                        .update();
            }
            allocation.lock(eventId);
            allocation.allocateLocked(eventId);
        });
    }

    static Instant berlin(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(LocalDateTime.of(y, m, d, h, min), Event.ZONE).toInstant();
    }
}
