package de.gemeinsinn.groups;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.organisations.OrganisationDirectory;
import de.gemeinsinn.organisations.OrganisationRef;
import de.gemeinsinn.platform.GemeinsinnProperties;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bottrop's network of working groups and two network-level topic groups (see {@link DemoGroups}),
 * only with {@code gemeinsinn.demo-data=true}. Runs after cities, demo accounts and organisations
 * ({@code @Order(30)}). Idempotent: members and links are added only when the group is created, so
 * changes made in the demo survive restarts. Publishes {@link GroupsDemoDataReady} at the end.
 */
@Component
@Order(30)
class GroupsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GroupsDemoData.class);

    /** A demo member: address of a demo account, role, organisation name or department, name public. */
    record M(String email, GroupRole role, String forOrganisation, boolean namePublic) {}

    record Seed(
            DemoGroups.Demo demo,
            String name,
            String purpose,
            String goals,
            List<String> topics,
            List<String> quartiere,
            JoinPolicy policy,
            List<M> members,
            List<String[]> links) {}

    private static M lead(String who, String org) {
        return new M(who + "@example.org", GroupRole.LEAD, org, true);
    }

    private static M member(String who, String org) {
        return new M(who + "@example.org", GroupRole.MEMBER, org, true);
    }

    private static M quiet(String who, String org) {
        return new M(who + "@example.org", GroupRole.MEMBER, org, false);
    }

    private static M guest(String who, String org) {
        return new M(who + "@example.org", GroupRole.GUEST, org, true);
    }

    static final String BAUEN = "Fachbereich Bauen, Planen und Umwelt";
    static final String SOZIALES = "Fachbereich Bildung und Soziales";

    static final List<Seed> SEEDS = List.of(
            new Seed(
                    DemoGroups.QUARTIERE,
                    "AG Quartiere Bottrop",
                    "Stadtentwicklung und soziale Arbeit schauen gemeinsam auf die Quartiere: Die AG bündelt, was "
                            + "Vereine, Initiativen und Verwaltung in den Stadtteilen vorhaben, und sorgt dafür, dass "
                            + "gute Ideen von einem Quartier ins nächste wandern.",
                    "Jedes Quartier hat eine feste Ansprechperson im Netzwerk.\n"
                            + "Zweimal im Jahr ein Quartierstreffen in jedem Stadtbezirk.\n"
                            + "Ein gemeinsamer Kalender für Stadtteilfeste und Aktionstage.",
                    List.of("Quartiersarbeit", "Stadtentwicklung", "Nachbarschaft"),
                    List.of("Stadtmitte", "Batenbrock", "Boy", "Kirchhellen"),
                    JoinPolicy.REQUEST,
                    List.of(
                            lead("paula.beispiel", null),
                            member("erika.mustermann", SOZIALES),
                            member("anna.muster", "Bürgerverein Batenbrock e. V."),
                            member("bernd.beispiel", "Nachbarschaftsinitiative Boy hilft"),
                            quiet("emine.beispiel", null),
                            member("ida.exempel", "Grundschule am Quartierspark"),
                            member("yusuf.muster", "Dialogkreis der Religionen Vonderort"),
                            new M("greta.platzhalter@example.org", GroupRole.GUEST, null, false)),
                    List.of(
                            new String[] {"Quartiersansatz der Stadt Bottrop", "https://www.bottrop.de"},
                            new String[] {"Vorlage Quartiersprofil (Entwurf)", "https://example.org/quartiersprofil"})),
            new Seed(
                    DemoGroups.BATENBROCK_BOY,
                    "Quartiersgruppe Batenbrock und Boy",
                    "Nachbarinnen und Nachbarn, Vereine und Einrichtungen aus Batenbrock und Boy planen gemeinsam, "
                            + "was ihre Stadtteile lebenswerter macht.",
                    "Ein Nachbarschaftsfest im Sommer.\nEin offener Treff an jedem ersten Mittwoch im Monat.",
                    List.of("Nachbarschaft", "Stadtteilfest"),
                    List.of("Batenbrock", "Boy"),
                    JoinPolicy.OPEN,
                    List.of(
                            lead("anna.muster", "Bürgerverein Batenbrock e. V."),
                            member("bernd.beispiel", "Nachbarschaftsinitiative Boy hilft"),
                            quiet("emine.beispiel", null),
                            quiet("deniz.mustermann", null),
                            member("max.mustermann", null),
                            guest("lukas.beispiel", null)),
                    List.of()),
            new Seed(
                    DemoGroups.KIRCHHELLEN,
                    "Quartiersgruppe Kirchhellen",
                    "Im ländlichen Stadtbezirk Kirchhellen sind die Wege weit: Die Gruppe verbindet Dörfer und "
                            + "Vereine, damit Angebote nicht nur im Ortskern stattfinden.",
                    "Mitfahrbank-Netz zwischen Kirchhellen, Feldhausen und Grafenwald.\n"
                            + "Gemeinsamer Ehrenamtstag der Vereine.",
                    List.of("Mobilität", "Dorfgemeinschaft"),
                    List.of("Kirchhellen", "Feldhausen", "Grafenwald"),
                    JoinPolicy.OPEN,
                    List.of(
                            lead("maria.musterfrau", null),
                            member("nils.vorlage", "Heimatverein Feldhausen"),
                            quiet("olga.exempel", "Familienzentrum Grafenwald"),
                            member("peter.platzhalter", null)),
                    List.of()),
            new Seed(
                    DemoGroups.UNTERNEHMEN,
                    "AG Unternehmen engagieren sich",
                    "Betriebe, Stiftung und Verwaltung entwickeln Formate, in denen Unternehmen sich passend "
                            + "engagieren können – vom Aktionstag bis zur langfristigen Partnerschaft.",
                    "Ein jährlicher Engagement-Aktionstag der Bottroper Wirtschaft.\n"
                            + "Eine Börse, auf der Vereine zeigen, wobei Betriebe helfen können.",
                    List.of("Unternehmensengagement", "Corporate Volunteering"),
                    List.of(),
                    JoinPolicy.REQUEST,
                    List.of(
                            lead("frank.vorlage", "Malerbetrieb Muster & Söhne GmbH"),
                            member("katharina.modell", "Stiftung Bottroper Bürgersinn"),
                            member("sven.testmann", "Musterbau Ebel GmbH"),
                            member("erika.mustermann", BAUEN)),
                    List.<String[]>of(
                            new String[] {"Leitfaden Aktionstag (Entwurf)", "https://example.org/aktionstag"})),
            new Seed(
                    DemoGroups.BETEILIGUNG,
                    "AG Bürgerbeteiligung",
                    "Welche Beteiligungsformate funktionieren in Bottrop, und woran scheitern gut gemeinte "
                            + "Verfahren? Die AG sammelt Erfahrungen und berät Fachbereiche und Initiativen.",
                    "Eine Methodensammlung für Beteiligung vor Ort.\nLeichte Sprache in allen Einladungen.",
                    List.of("Bürgerbeteiligung", "Leichte Sprache"),
                    List.of(),
                    JoinPolicy.OPEN,
                    List.of(
                            lead("rosa.muster", null),
                            member("paula.beispiel", null),
                            quiet("tanja.modell", null),
                            member("ulrich.musterfrau", null),
                            member("vera.beispielhaft", SOZIALES)),
                    List.of()),
            new Seed(
                    DemoGroups.DEMOKRATIE,
                    "AG Demokratie leben",
                    "Demokratisches Miteinander vor Ort stärken: Gesprächsformate, politische Bildung mit Schulen "
                            + "und ein gemeinsames Auftreten gegen Hass und Ausgrenzung.",
                    "Jedes Jahr eine Woche der Demokratie mit Schulen und Vereinen.\n"
                            + "Gesprächsabende in allen drei Stadtbezirken.",
                    List.of("Demokratie", "Politische Bildung"),
                    List.of(),
                    JoinPolicy.REQUEST,
                    List.of(
                            lead("carla.exempel", null),
                            member("yusuf.muster", "Dialogkreis der Religionen Vonderort"),
                            member("ida.exempel", "Grundschule am Quartierspark"),
                            guest("hakan.muster", "SV Eigen 1921 e. V."),
                            member("max.mustermann", null)),
                    List.of()),
            new Seed(
                    DemoGroups.SPORT,
                    "AG Sportvereine und Ehrenamt",
                    "Sportvereine tragen einen großen Teil des Ehrenamts in der Stadt. Die AG hilft bei der "
                            + "Gewinnung von Übungsleitungen und Vorständen und bei der Übergabe an Jüngere.",
                    "Ein gemeinsamer Ehrenamtspass der Sportvereine.\nSchnupperangebote für neue Engagierte.",
                    List.of("Sport", "Ehrenamt", "Nachwuchs"),
                    List.of("Eigen", "Fuhlenbrock"),
                    JoinPolicy.OPEN,
                    List.of(
                            lead("hakan.muster", "SV Eigen 1921 e. V."),
                            member("lukas.beispiel", "TuS Fuhlenbrock Breitensport e. V."),
                            member("peter.platzhalter", null),
                            member("sven.testmann", null)),
                    List.of()),
            new Seed(
                    DemoGroups.DIGITAL,
                    "AG Digitales Engagement",
                    "Noch im Aufbau: Wie können Vereine digitale Werkzeuge nutzen, ohne Ehrenamtliche zu "
                            + "überfordern? Die Gruppe arbeitet intern, bis ein erstes Angebot steht.",
                    "Sprechstunde für Vereinswebseiten.\nEmpfehlungen für datensparsame Werkzeuge.",
                    List.of("Digitalisierung", "Vereinsarbeit"),
                    List.of("Stadtmitte"),
                    JoinPolicy.INVITATION,
                    List.of(
                            lead("jan.testmann", "Digitalwerkstatt Bottrop e. V."),
                            quiet("tanja.modell", null),
                            quiet("greta.platzhalter", null)),
                    List.<String[]>of(new String[] {"Werkzeugliste (intern)", "https://example.org/werkzeuge"})),
            new Seed(
                    DemoGroups.NETWORK_UNTERNEHMEN,
                    "Themengruppe Unternehmensengagement",
                    "Städte aus dem ganzen Netzwerk tauschen sich aus, wie sie Unternehmen für Engagement "
                            + "gewinnen – mit Beispielen, Vorlagen und Ansprechpersonen.",
                    "Eine Sammlung erprobter Formate aus den Mitgliedsstädten.\n" + "Ein Online-Austausch pro Quartal.",
                    List.of("Unternehmensengagement"),
                    List.of(),
                    JoinPolicy.REQUEST,
                    List.of(
                            lead("katharina.modell", null),
                            member("erika.mustermann", BAUEN),
                            member("frank.vorlage", "Malerbetrieb Muster & Söhne GmbH")),
                    List.of()),
            new Seed(
                    DemoGroups.NETWORK_DEMOKRATIE,
                    "Themengruppe Demokratie stärken",
                    "Welche Rolle kann ein Netzwerk engagierter Städte spielen, wenn es darum geht, demokratisches "
                            + "Miteinander vor Ort zu festigen? Die Themengruppe sammelt Antworten aus den Städten.",
                    "Ein Positionspapier des Netzwerks.\nPatenschaften zwischen erfahrenen und neuen Städten.",
                    List.of("Demokratie"),
                    List.of(),
                    JoinPolicy.REQUEST,
                    List.of(lead("carla.exempel", null), member("rosa.muster", null), guest("paula.beispiel", null)),
                    List.of()));

    private final GemeinsinnProperties properties;
    private final GroupStore store;
    private final GroupService service;
    private final PersonDirectory people;
    private final OrganisationDirectory organisations;
    private final CityDirectory cities;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    GroupsDemoData(
            GemeinsinnProperties properties,
            GroupStore store,
            GroupService service,
            PersonDirectory people,
            OrganisationDirectory organisations,
            CityDirectory cities,
            TransactionTemplate tx,
            ApplicationEventPublisher events) {
        this.properties = properties;
        this.store = store;
        this.service = service;
        this.people = people;
        this.organisations = organisations;
        this.cities = cities;
        this.tx = tx;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || cities.find(DemoGroups.CITY).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            Map<String, UUID> orgs = organisations.ofCity(DemoGroups.CITY).stream()
                    .collect(Collectors.toMap(OrganisationRef::name, OrganisationRef::id, (a, b) -> a));
            int created = 0;
            for (Seed seed : SEEDS) {
                if (store.byId(seed.demo().id()).isEmpty()) {
                    create(seed, orgs);
                    created++;
                }
            }
            if (created > 0) {
                log.info("Demo groups: {} working groups created", created);
            }
            events.publishEvent(new GroupsDemoDataReady());
        });
    }

    private void create(Seed seed, Map<String, UUID> orgs) {
        GroupForm form = new GroupForm(
                seed.demo().citySlug(),
                seed.name(),
                seed.purpose(),
                seed.goals(),
                String.join(",", seed.topics()),
                seed.quartiere(),
                seed.demo().visibility().name(),
                seed.policy().name(),
                null);
        Group g =
                service.create(seed.demo().id(), seed.demo().slug(), seed.demo().citySlug(), form, null);
        Map<String, UUID> ids = seed.members().stream()
                .map(M::email)
                .distinct()
                .map(people::byEmail)
                .flatMap(java.util.Optional::stream)
                .collect(
                        Collectors.toMap(PersonDirectory.PersonRef::email, PersonDirectory.PersonRef::id, (a, b) -> a));
        for (M m : seed.members()) {
            UUID person = ids.get(m.email());
            if (person == null) {
                continue; // demo accounts switched off or renamed
            }
            service.addMember(g, person, m.role());
            UUID org = m.forOrganisation() == null ? null : orgs.get(m.forOrganisation());
            String represents = m.forOrganisation() != null && org == null ? m.forOrganisation() : null;
            store.setSettings(g.id(), person, m.namePublic(), org, represents);
        }
        for (String[] link : seed.links()) {
            store.addLink(g.id(), link[0], link[1], null);
        }
    }
}
