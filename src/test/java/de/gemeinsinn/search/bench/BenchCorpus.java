package de.gemeinsinn.search.bench;

import de.gemeinsinn.search.SearchDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of realistic German documents: templates × real municipalities (Destatis
 * GV100) × Stadtteile × topics × organisations. The same seed always yields the same documents
 * and the same query mix.
 */
final class BenchCorpus {

    record City(String name, String slug, double lat, double lon, String region) {}

    record Topic(String title, String group, String activity, String tag) {}

    static final List<Topic> TOPICS = List.of(
            new Topic("Hausaufgabenhilfe", "Grundschüler", "bei den Hausaufgaben unterstützen", "Bildung"),
            new Topic("Lernpaten", "Kinder aus zugewanderten Familien", "beim Lesen und Rechnen begleiten", "Bildung"),
            new Topic("Nachhilfe", "Jugendliche", "vor Prüfungen in Mathe und Englisch helfen", "Bildung"),
            new Topic("Besuchsdienst", "ältere Menschen", "besuchen, vorlesen und spazieren gehen", "Senioren"),
            new Topic("Spielenachmittag im Pflegeheim", "Bewohnerinnen und Bewohner", "Brettspiele spielen", "Pflege"),
            new Topic("Sprachcafé", "Geflüchtete", "Deutsch im Alltag üben", "Integration"),
            new Topic("Behördenbegleitung", "Asylsuchende", "zu Terminen begleiten", "Integration"),
            new Topic(
                    "Nachbarschaftshilfe",
                    "Nachbarinnen und Nachbarn",
                    "beim Einkaufen und im Alltag helfen",
                    "Nachbarschaft"),
            new Topic("Repair Café", "alle", "Elektrogeräte und Fahrräder reparieren", "Umwelt"),
            new Topic("Müllsammelaktion", "Familien", "Parks und Ufer aufräumen", "Umwelt"),
            new Topic("Gemeinschaftsgarten", "Nachbarn", "Beete pflegen und gießen", "Umwelt"),
            new Topic("Übungsleitung im Sportverein", "Kinder", "Training anleiten", "Sport"),
            new Topic("Digitalpaten", "Seniorinnen und Senioren", "Smartphone und Tablet erklären", "Digitales"),
            new Topic("Lebensmittelausgabe der Tafel", "Bedürftige", "Lebensmittel sortieren und ausgeben", "Armut"),
            new Topic("Hospizbegleitung", "Schwerkranke", "begleiten und Angehörige entlasten", "Hospiz"),
            new Topic("Bürgerbeteiligung", "Anwohnende", "Ideen für den Stadtteil sammeln", "Beteiligung"),
            new Topic("Straßenfest", "Nachbarschaft", "Aufbau und Kuchenverkauf übernehmen", "Fest"),
            new Topic("Kleiderkammer", "Menschen mit wenig Geld", "Kleiderspenden sortieren", "Spenden"),
            new Topic("Vorlesen in der Kita", "Kinder", "Geschichten vorlesen", "Lesen"),
            new Topic("BarCamp Engagement", "Vereine und Initiativen", "Sessions anbieten und moderieren", "BarCamp"));

    static final List<String> ORGANISATIONS = List.of(
            "Caritas",
            "Diakonie",
            "AWO",
            "DRK-Ortsverein",
            "Bürgerverein",
            "Freiwilligenagentur",
            "Ehrenamtsbörse",
            "Stadtteilzentrum",
            "Familienzentrum",
            "Kirchengemeinde",
            "Turnverein",
            "Quartiersbüro",
            "Stadtbibliothek");

    static final List<String> DISTRICTS = List.of(
            "Altstadt",
            "Innenstadt",
            "Nord",
            "Süd",
            "Ost",
            "West",
            "Mitte",
            "Eigen",
            "Fuhlenbrock",
            "Batenbrock",
            "Kirchhellen",
            "Grafenwald",
            "Vonderort",
            "Ebel",
            "Welheim",
            "Boy",
            "Lehmkuhle",
            "Feldhausen");

    static final String[] TYPES = {"opportunity", "opportunity", "opportunity", "news", "event", "group", "organisation"
    };
    static final String[] REGIONS = {"Nord", "Ost", "Süd", "West", "Mitte"};

    private final List<City> cities;

    BenchCorpus(Path gemeindenCsv) throws IOException {
        cities = new ArrayList<>();
        for (String line :
                Files.readAllLines(gemeindenCsv, StandardCharsets.UTF_8).subList(1, 11_000)) {
            String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            if (f.length < 7 || Integer.parseInt(f[6]) < 20_000) {
                continue;
            }
            String name = f[2].replace("\"", "").replaceAll(",.*", "");
            String slug = name.toLowerCase().replaceAll("[^a-z0-9äöüß]+", "-");
            String region = REGIONS[Math.floorMod(name.hashCode(), REGIONS.length)];
            cities.add(new City(name, slug, Double.parseDouble(f[4]), Double.parseDouble(f[5]), region));
        }
    }

    int cityCount() {
        return cities.size();
    }

    /** Document number {@code n}; the same n always gives the same document. */
    SearchDocument document(long seed, int n) {
        Random r = new Random(seed * 1_000_003L + n);
        City city = pick(r, cities);
        Topic topic = pick(r, TOPICS);
        String district = pick(r, DISTRICTS);
        String org = pick(r, ORGANISATIONS);
        String type = TYPES[r.nextInt(TYPES.length)];
        String title = switch (r.nextInt(3)) {
            case 0 -> topic.title() + " in " + city.name() + "-" + district;
            case 1 -> org + " " + city.name() + " sucht Unterstützung: " + topic.title();
            default -> topic.title() + " für " + topic.group() + " in " + city.name();
        };
        String text = "Die " + org + " in " + city.name() + "-" + district + " sucht Ehrenamtliche, die "
                + topic.group() + " " + topic.activity() + ". "
                + pick(
                        r,
                        List.of(
                                "Einmal pro Woche zwei Stunden reichen.",
                                "Eine Einführung und Begleitung durch Hauptamtliche gibt es.",
                                "Vorkenntnisse sind nicht nötig, Geduld und Freude am Kontakt schon.",
                                "Wir treffen uns im Stadtteilzentrum am Markt."))
                + " "
                + pick(
                        r,
                        List.of(
                                "Fahrtkosten werden erstattet.",
                                "Sie erhalten die Ehrenamtskarte.",
                                "Melden Sie sich gern telefonisch.",
                                "Auch für Berufstätige geeignet, am Abend oder am Wochenende."));
        double lat = city.lat() + (r.nextDouble() - 0.5) * 0.05;
        double lon = city.lon() + (r.nextDouble() - 0.5) * 0.05;
        return new SearchDocument(
                type,
                "b" + n,
                title,
                text,
                "/angebote/b" + n,
                city.slug(),
                city.name(),
                city.region(),
                lat,
                lon,
                List.of(topic.tag()),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n * 60L));
    }

    /** A fixed query mix: topics, synonyms, compounds, typos, topic plus city. */
    List<String> queries(long seed, int count) {
        Random r = new Random(seed);
        List<String> fixed = List.of(
                "Hausaufgabenhilfe",
                "Hausaufgabehilfe",
                "Senioren",
                "ältere Menschen",
                "Flüchtlinge",
                "Geflüchtete",
                "Ehrenamtsbörse",
                "Sportverein",
                "Nachbarschaftshilfe",
                "Buergerbeteiligung",
                "Strassenfest",
                "Repair Cafe",
                "Pflegeheim",
                "Smartphone Hilfe",
                "Tafel",
                "BarCamp",
                "Lesepaten",
                "Kleiderkammer");
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(
                    switch (r.nextInt(3)) {
                        case 0 -> pick(r, fixed);
                        case 1 ->
                            pick(r, TOPICS).title() + " " + pick(r, cities).name();
                        default -> pick(r, TOPICS).title();
                    });
        }
        return out;
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
