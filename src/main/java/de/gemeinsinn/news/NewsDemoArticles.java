package de.gemeinsinn.news;

import java.time.LocalDate;
import java.util.List;

/** The demo articles: own texts, real member cities, fictional people. */
final class NewsDemoArticles {

    /** One demo article; {@code body} starting with "classpath:" is read from that resource. */
    record Demo(
            String slug,
            String title,
            String teaser,
            String body,
            List<String> tags,
            String city,
            String region,
            LocalDate date,
            boolean withImage) {}

    static final String IMAGE_ALT = "Grafik: bunte Karteikarten mit Session-Ideen an einer Pinnwand";

    private NewsDemoArticles() {}

    static List<Demo> all() {
        return List.of(
                new Demo(
                        "regionaltreffen-west-in-bottrop",
                        "Regionaltreffen West: Rund 30 Städte zu Gast in Bottrop",
                        "In der Kulturkirche Herz-Jesu tauschten sich Koordinierungsstellen aus rund 30 Mitgliedsstädten"
                                + " aus – mit einem BarCamp zu Unternehmensengagement, Beteiligung und Demokratie.",
                        "classpath:demo/news/regionaltreffen-west-bottrop.md",
                        List.of("Regionaltreffen", "BarCamp", "Demokratie", "Unternehmensengagement"),
                        "bottrop",
                        "West",
                        LocalDate.of(2025, 5, 20),
                        true),
                new Demo(
                        "ehrenamtskarte-nrw-neue-schwellen",
                        "Ehrenamtskarte NRW: Was sich 2026 ändert",
                        "Ab dem 26. Januar 2026 gelten für die Ehrenamtskarte in NRW neue Voraussetzungen. Wir fassen"
                                + " zusammen, was Engagierte wissen sollten.",
                        """
                        Wer sich in Nordrhein-Westfalen besonders viel engagiert, kann die **Ehrenamtskarte**
                        bekommen. Ab dem 26. Januar 2026 sind dafür mindestens 200 Stunden im Jahr oder
                        4 Stunden pro Woche nötig.

                        Auf Gemeinsinn können Engagierte ihre Stunden künftig selbst festhalten und sehen,
                        wie weit sie von der Schwelle entfernt sind. Die Koordinierungsstellen der Städte
                        beraten bei Fragen zum Antrag.
                        """,
                        List.of("Ehrenamtskarte", "Anerkennung"),
                        null,
                        null,
                        LocalDate.of(2025, 11, 3),
                        false),
                new Demo(
                        "bottrop-arbeitsgruppe-quartier-gestartet",
                        "Bottrop: Neue Arbeitsgruppe für das Quartier",
                        "Verwaltung, Vereine und Nachbarschaftsinitiativen planen gemeinsam, wie Engagement im"
                                + " Stadtteil sichtbarer wird.",
                        """
                        In Bottrop hat sich eine weitere Arbeitsgruppe gegründet. Sie nimmt ein Quartier in
                        den Blick und bringt Menschen aus der Stadtplanung, aus Vereinen und aus der
                        Nachbarschaft an einen Tisch.

                        Erste Idee: ein offener Treffpunkt, an dem Interessierte erfahren, wo sie mitmachen
                        können. Moritz Mustermann aus dem Sprecherteam lädt alle ein, beim nächsten
                        Treffen dabei zu sein.
                        """,
                        List.of("Quartier", "Arbeitsgruppe"),
                        "bottrop",
                        "West",
                        LocalDate.of(2025, 9, 12),
                        false),
                new Demo(
                        "bocholt-unternehmen-engagieren-sich",
                        "Bocholt: Betriebe öffnen ihre Türen fürs Engagement",
                        "Beim ersten Engagement-Frühstück lernten sich Unternehmen und Vereine aus Bocholt kennen.",
                        """
                        Wie finden Betriebe und Vereine zueinander? In Bocholt hat die Koordinierungsstelle
                        dafür ein Frühstück ausprobiert: kurze Vorstellungsrunden, danach Gespräche an
                        Thementischen.

                        Mehrere Unternehmen wollen ihren Beschäftigten nun einen Engagement-Tag im Jahr
                        ermöglichen.
                        """,
                        List.of("Unternehmensengagement"),
                        "bocholt",
                        "West",
                        LocalDate.of(2025, 10, 8),
                        false),
                new Demo(
                        "lueneburg-demokratie-werkstatt",
                        "Lüneburg: Werkstatt „Demokratie vor Ort“",
                        "Eine offene Werkstatt sammelte Ideen, wie Vereine und Initiativen das demokratische"
                                + " Miteinander in der Stadt stärken können.",
                        """
                        Rund vierzig Menschen kamen zur Werkstatt „Demokratie vor Ort“. In kleinen Gruppen
                        ging es um Fragen wie: Wie erreichen wir Menschen, die sich bisher nicht beteiligen?
                        Wie gehen wir mit Konflikten in Vereinen um?

                        Die Ergebnisse fließen in die Arbeit der städtischen Arbeitsgruppen ein.
                        """,
                        List.of("Demokratie", "Beteiligung"),
                        "lueneburg",
                        "Nord",
                        LocalDate.of(2025, 6, 24),
                        false),
                new Demo(
                        "wuerzburg-engagementboerse",
                        "Würzburg: Engagementbörse auf dem Marktplatz",
                        "Über 30 Vereine stellten sich vor – viele Besucherinnen und Besucher fanden direkt eine"
                                + " passende Aufgabe.",
                        """
                        Bei strahlendem Wetter präsentierten sich Vereine und Initiativen an Ständen auf dem
                        Marktplatz. Wer wollte, konnte sich gleich für ein Schnupper-Engagement eintragen.

                        Die Koordinierungsstelle plant, die Börse im nächsten Jahr in einzelne Quartiere zu
                        bringen.
                        """,
                        List.of("Quartier", "Engagementbörse"),
                        "wuerzburg",
                        "Süd",
                        LocalDate.of(2025, 7, 5),
                        false),
                new Demo(
                        "netzwerktreffen-2026-vorschau",
                        "Netzwerktreffen 2026: Jetzt Themen vorschlagen",
                        "Die Netzwerkstelle sammelt schon jetzt Vorschläge für das nächste bundesweite Treffen.",
                        """
                        Nach dem bundesweiten Netzwerktreffen im Herbst 2024 und den Regionaltreffen im
                        vergangenen Jahr beginnt die Planung für das nächste große Treffen.

                        Welche Fragen sollen im BarCamp auf keinen Fall fehlen? Die Netzwerkstelle freut
                        sich über Vorschläge aus allen Mitgliedsstädten.
                        """,
                        List.of("Netzwerktreffen", "BarCamp"),
                        null,
                        null,
                        LocalDate.of(2025, 12, 1),
                        false));
    }
}
