package de.gemeinsinn.organisations;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.text.Slugs;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo organisations of Bottrop (only with {@code gemeinsinn.demo-data=true}): the two
 * departments that carry the city's engagement network and fictional associations, initiatives,
 * companies and schools in real districts. Runs after the cities and demo accounts ({@code
 * @Order(20)}), before the demo groups. Idempotent: an organisation whose slug exists is left
 * alone.
 */
@Component
@Order(20)
class OrganisationsDemoData implements ApplicationRunner {

    static final String CITY = "bottrop";

    /** One demo organisation; manager is a demo account's address or null. */
    record Demo(
            String name,
            OrganisationType type,
            String quartier,
            String description,
            String website,
            String contact,
            String manager,
            OrganisationStatus status) {

        String slug() {
            return Slugs.of(name, 70, "organisation");
        }
    }

    static final List<Demo> ALL = List.of(
            new Demo(
                    "Fachbereich Bauen, Planen und Umwelt",
                    OrganisationType.VERWALTUNG,
                    "Stadtmitte",
                    "Stadtentwicklung, Quartiersplanung und Umwelt der Stadt Bottrop. Gemeinsam mit dem "
                            + "Fachbereich Bildung und Soziales Träger des Netzwerks für Engagement und Ehrenamt.",
                    "https://www.bottrop.de",
                    "engagement-bauen@bottrop.example",
                    "erika.mustermann@example.org",
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Fachbereich Bildung und Soziales",
                    OrganisationType.VERWALTUNG,
                    "Stadtmitte",
                    "Bildung, soziale Arbeit und Förderung des bürgerschaftlichen Engagements. Ansprechpartner "
                            + "für Vereine und Initiativen in allen Stadtbezirken.",
                    "https://www.bottrop.de",
                    "engagement-soziales@bottrop.example",
                    "erika.mustermann@example.org",
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Bürgerverein Batenbrock e. V.",
                    OrganisationType.VEREIN,
                    "Batenbrock",
                    "Nachbarschaftsfeste, Stadtteilspaziergänge und ein offener Treff für alle, die in Batenbrock "
                            + "wohnen oder arbeiten.",
                    "https://buergerverein-batenbrock.example.org",
                    "vorstand@buergerverein-batenbrock.example.org",
                    "anna.muster@example.org",
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Nachbarschaftsinitiative Boy hilft",
                    OrganisationType.INITIATIVE,
                    "Boy",
                    "Einkaufshilfe, Begleitung zu Terminen und ein Telefon-Besuchsdienst für ältere Menschen im "
                            + "Stadtteil Boy.",
                    null,
                    "kontakt@boy-hilft.example.org",
                    "bernd.beispiel@example.org",
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Heimatverein Feldhausen",
                    OrganisationType.VEREIN,
                    "Feldhausen",
                    "Pflegt Wege, Bänke und Geschichte des Dorfes und organisiert das jährliche Erntedankfest.",
                    "https://heimatverein-feldhausen.example.org",
                    "info@heimatverein-feldhausen.example.org",
                    null,
                    OrganisationStatus.APPROVED),
            new Demo(
                    "SV Eigen 1921 e. V.",
                    OrganisationType.VEREIN,
                    "Eigen",
                    "Breitensportverein mit Fußball, Turnen und Walking-Gruppen; sucht Übungsleitungen und "
                            + "Helfende für Vereinsfeste.",
                    "https://sv-eigen.example.org",
                    "geschaeftsstelle@sv-eigen.example.org",
                    "hakan.muster@example.org",
                    OrganisationStatus.APPROVED),
            new Demo(
                    "TuS Fuhlenbrock Breitensport e. V.",
                    OrganisationType.VEREIN,
                    "Fuhlenbrock",
                    "Schwimmen, Radsport und Sport im Park für alle Generationen.",
                    null,
                    "info@tus-fuhlenbrock.example.org",
                    null,
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Stiftung Bottroper Bürgersinn",
                    OrganisationType.STIFTUNG,
                    "Marktviertel",
                    "Fördert kleine Projekte von Vereinen und Nachbarschaften mit Mikro-Zuschüssen bis 500 Euro.",
                    "https://buergersinn-stiftung.example.org",
                    "antrag@buergersinn-stiftung.example.org",
                    "katharina.modell@example.org",
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Grundschule am Quartierspark",
                    OrganisationType.BILDUNG,
                    "Lehmkuhle",
                    "Offene Ganztagsschule mit Lesepatenschaften und einem Schulgarten, den die Nachbarschaft "
                            + "mitpflegt.",
                    null,
                    "sekretariat@gs-quartierspark.example.org",
                    "ida.exempel@example.org",
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Malerbetrieb Muster & Söhne GmbH",
                    OrganisationType.UNTERNEHMEN,
                    "Marktviertel",
                    "Familienbetrieb, der jedes Jahr einen Aktionstag für Vereinsheime und Kitas spendet.",
                    "https://maler-muster.example.org",
                    "buero@maler-muster.example.org",
                    "frank.vorlage@example.org",
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Musterbau Ebel GmbH",
                    OrganisationType.UNTERNEHMEN,
                    "Ebel",
                    "Bauunternehmen mit Ausbildungswerkstatt; Azubis bauen Hochbeete und Bänke für Quartiersprojekte.",
                    null,
                    "engagement@musterbau-ebel.example.org",
                    null,
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Dialogkreis der Religionen Vonderort",
                    OrganisationType.RELIGION,
                    "Vonderort",
                    "Christliche und muslimische Gemeinden laden gemeinsam zu Nachbarschaftscafés und "
                            + "Gesprächsabenden ein.",
                    null,
                    "dialog-vonderort@example.org",
                    "yusuf.muster@example.org",
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Digitalwerkstatt Bottrop e. V.",
                    OrganisationType.VEREIN,
                    "Stadtmitte",
                    "Ehrenamtliche helfen bei Smartphone, Online-Terminen und Vereinswebseiten – jeden Donnerstag "
                            + "in der Stadtbibliothek.",
                    "https://digitalwerkstatt-bottrop.example.org",
                    "hallo@digitalwerkstatt-bottrop.example.org",
                    "jan.testmann@example.org",
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Familienzentrum Grafenwald",
                    OrganisationType.BILDUNG,
                    "Grafenwald",
                    "Kita und Familienzentrum mit Elterncafé, Beratung und einer Tauschbörse für Kindersachen.",
                    null,
                    "familienzentrum-grafenwald@example.org",
                    null,
                    OrganisationStatus.APPROVED),
            new Demo(
                    "Repair-Café Welheim",
                    OrganisationType.INITIATIVE,
                    "Gartenstadt Welheim",
                    "Einmal im Monat reparieren Ehrenamtliche Toaster, Fahrräder und Kleidung gemeinsam mit den "
                            + "Besitzerinnen und Besitzern.",
                    null,
                    "repaircafe-welheim@example.org",
                    "max.mustermann@example.org",
                    OrganisationStatus.PENDING));

    private final GemeinsinnProperties properties;
    private final Organisations organisations;
    private final OrganisationSearchDocuments search;
    private final PersonDirectory people;
    private final CityDirectory cities;
    private final TransactionTemplate tx;

    OrganisationsDemoData(
            GemeinsinnProperties properties,
            Organisations organisations,
            OrganisationSearchDocuments search,
            PersonDirectory people,
            CityDirectory cities,
            TransactionTemplate tx) {
        this.properties = properties;
        this.organisations = organisations;
        this.search = search;
        this.people = people;
        this.cities = cities;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || cities.find(CITY).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> ALL.forEach(this::ensure));
    }

    private void ensure(Demo demo) {
        if (organisations.slugExists(demo.slug())) {
            return;
        }
        UUID manager = demo.manager() == null
                ? null
                : people.byEmail(demo.manager())
                        .map(PersonDirectory.PersonRef::id)
                        .orElse(null);
        Instant registered = Instant.now().minus(30 + demo.name().length(), ChronoUnit.DAYS);
        Organisation o = new Organisation(
                UUID.randomUUID(),
                demo.slug(),
                CITY,
                demo.name(),
                demo.type(),
                demo.quartier(),
                demo.description(),
                demo.website(),
                demo.contact(),
                false,
                null,
                demo.status(),
                manager,
                registered,
                null,
                0);
        organisations.insert(o, null);
        if (manager != null) {
            organisations.addManager(o.id(), manager);
        }
        search.changed(o);
    }
}
