package de.gemeinsinn.network;

import de.gemeinsinn.network.MemberCityJoin.JoinedCity;
import de.gemeinsinn.network.MemberCityJoin.Member;
import de.gemeinsinn.network.MemberCityJoin.Municipality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo network: real member cities and districts from {@code src/main/resources/demo/},
 * fictional coordination offices (Mustermann style) and profile texts written for the demo.
 */
final class DemoNetworkData {

    static final String MEETING_WEST_2024 = "regionaltreffen-west-2024";
    static final int MEETING_WEST_2024_SIZE = 30;

    record QuartierSeed(String district, String name) {}

    record CitySeed(
            JoinedCity city,
            String profile,
            String officeName,
            String officeEmail,
            String officePhone,
            List<String> focusTopics,
            List<QuartierSeed> quartiere) {}

    record Network(List<CitySeed> cities, Set<String> westMeeting2024) {}

    private static final List<String> TOPICS = List.of(
            "Demokratie stärken",
            "Unternehmensengagement",
            "Bürgerbeteiligung",
            "Quartiersarbeit",
            "Integration und Teilhabe",
            "Engagement im Sport",
            "Ältere Menschen",
            "Jugendbeteiligung",
            "Klimaschutz und Nachhaltigkeit",
            "Digitales Engagement",
            "Anerkennungskultur",
            "Nachbarschaftshilfe");

    private static final List<String> FIRST = List.of("Erika", "Max", "Jana", "Paul", "Lena", "Jonas", "Mia", "Tom");
    private static final List<String> LAST =
            List.of("Mustermann", "Musterfrau", "Beispiel", "Normalverbraucher", "Musterhaus", "Probst");

    private DemoNetworkData() {}

    static Network load() {
        List<Municipality> register = Csv.read("demo/gemeinden_de_gv100_2019.csv").stream()
                .filter(row -> !row.get("lat").isBlank() && !row.get("lon").isBlank())
                .map(Municipality::of)
                .toList();
        List<Member> members = Csv.read("demo/engagierte_staedte_partial.csv").stream()
                .map(Member::of)
                .toList();
        List<JoinedCity> joined =
                new ArrayList<>(MemberCityJoin.join(register, members).cities());
        ensureBottrop(joined, register);
        Map<String, List<QuartierSeed>> quartiere = quartiere();
        List<CitySeed> seeds = joined.stream()
                .sorted(Comparator.comparing(JoinedCity::slug))
                .map(c -> seed(c, quartiere.getOrDefault(c.slug(), List.of())))
                .toList();
        return new Network(seeds, westMeeting(joined));
    }

    /** Bottrop hosts the regional meeting West, so it is a member even if the list misses it. */
    static void ensureBottrop(List<JoinedCity> joined, List<Municipality> register) {
        if (joined.stream().noneMatch(c -> MemberCityJoin.BOTTROP_AGS.equals(c.ags()))) {
            Municipality m = MemberCityJoin.byAgs(register).get(MemberCityJoin.BOTTROP_AGS);
            joined.add(new JoinedCity(
                    "Bottrop", m.officialName(), m.ags(), State.NW, m.population(), m.lat(), m.lon(), 2021, false));
        }
    }

    /** The host and the 29 member cities closest to Bottrop took part in the meeting. */
    static Set<String> westMeeting(List<JoinedCity> cities) {
        JoinedCity host = cities.stream()
                .filter(c -> MemberCityJoin.BOTTROP_AGS.equals(c.ags()))
                .findFirst()
                .orElseThrow();
        return cities.stream()
                .sorted(Comparator.comparingDouble(
                        c -> Math.hypot(c.lat() - host.lat(), (c.lon() - host.lon()) * Math.cos(Math.toRadians(51.5)))))
                .limit(MEETING_WEST_2024_SIZE)
                .map(JoinedCity::slug)
                .collect(Collectors.toSet());
    }

    private static Map<String, List<QuartierSeed>> quartiere() {
        Map<String, List<QuartierSeed>> result = new HashMap<>();
        for (Map<String, String> row : Csv.read("demo/bottrop_stadtbezirke_stadtteile.csv")) {
            result.computeIfAbsent("bottrop", k -> new ArrayList<>())
                    .add(new QuartierSeed(row.get("stadtbezirk"), row.get("stadtteil")));
        }
        for (Map<String, String> row : Csv.read("demo/network_quartiere_weitere.csv")) {
            String district = row.get("stadtbezirk");
            result.computeIfAbsent(row.get("city_slug"), k -> new ArrayList<>())
                    .add(new QuartierSeed(
                            district == null || district.isBlank() ? null : district, row.get("quartier")));
        }
        return result;
    }

    private static CitySeed seed(JoinedCity c, List<QuartierSeed> quartiere) {
        int h = Math.floorMod(c.slug().hashCode(), 997);
        List<String> topics = List.of(
                TOPICS.get(h % TOPICS.size()),
                TOPICS.get((h / 3 + 4) % TOPICS.size()),
                TOPICS.get((h / 7 + 8) % TOPICS.size()));
        topics = topics.stream().distinct().toList();
        String person = FIRST.get(h % FIRST.size()) + " " + LAST.get((h / 5) % LAST.size());
        String phone = "0123 456" + String.format("%03d", h);
        return new CitySeed(
                c, profile(c, topics, h), person, "engagement@" + c.slug() + ".example", phone, topics, quartiere);
    }

    private static String profile(JoinedCity c, List<String> topics, int h) {
        if (MemberCityJoin.BOTTROP_AGS.equals(c.ags())) {
            return "Bottrop verbindet Vereine, Initiativen, Unternehmen und Verwaltung in einem stadtweiten "
                    + "Netzwerk für Engagement. In den drei Stadtbezirken arbeiten Arbeitsgruppen nach dem "
                    + "Quartiersansatz. 2024 war Bottrop Gastgeberin des Regionaltreffens West.";
        }
        String topicText = topics.get(0) + " und " + topics.get(1 % topics.size());
        String opener = switch (h % 4) {
            case 0 -> c.name() + " bringt Vereine, Initiativen, Verwaltung und Unternehmen an einen Tisch.";
            case 1 ->
                "In " + c.name() + " arbeitet die Koordinierungsstelle eng mit Vereinen und Nachbarschaften zusammen.";
            case 2 -> c.name() + " baut seit dem Beitritt ein stadtweites Netzwerk für Engagement auf.";
            default ->
                "Engagement hat in " + c.name() + " viele Gesichter – vom Sportverein bis zur Nachbarschaftshilfe.";
        };
        String size = c.population() != null && c.population() < 30_000
                ? " Kurze Wege und persönliche Kontakte prägen die Arbeit."
                : " Gemeinsame Arbeitsgruppen verbinden die Fachbereiche der Verwaltung mit der Stadtgesellschaft.";
        return opener + " Schwerpunkte sind " + topicText + "." + size;
    }
}
