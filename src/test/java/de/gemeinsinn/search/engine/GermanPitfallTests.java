package de.gemeinsinn.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.search.SearchDocument;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The German search pitfalls from the Hamburg offer set, one by one, on the test corpus. */
class GermanPitfallTests {

    static LuceneIndex index;
    static LuceneSearch search;

    @BeforeAll
    static void load() {
        index = TestCorpus.index(GermanAnalysisTests.ANALYSIS);
        index.upsert(new SearchDocument(
                "news",
                "markup",
                "Markup im Text",
                "Ein <b>fetter</b> Trick & Co. beim Zaubertrick",
                "/news/markup",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                Instant.now()));
        index.commit(1);
        search = new LuceneSearch(index, GermanAnalysisTests.ANALYSIS);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static SearchResult find(String q) {
        return search.search(SearchRequest.of(q, 10));
    }

    static List<String> ids(String q) {
        return find(q).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void homeworkVariantsAndTyposFindEachOther() {
        assertThat(ids("Hausaufgabehilfe").subList(0, 3)).allMatch(id -> id.startsWith("hw-"));
        assertThat(ids("Hausaufgabenhilfe"))
                .contains("hw-duisburg-betreuung", "hw-gelsenkirchen-begleitung", "hw-dortmund-nachhilfe");
        assertThat(find("Hausaufgabehilfe").didYouMean()).isEqualTo("hausaufgabenhilfe");
    }

    @Test
    void seniorsAreFoundWithoutTheWordSenior() {
        assertThat(search.search(SearchRequest.of("Senioren", 20)).hits())
                .extracting(SearchHit::id)
                .contains("sen-essen-pflegeheim", "sen-gelsenkirchen-hochbetagt", "sen-bottrop-besuchsdienst");
        assertThat(ids("Pflegeheim")).doesNotContain("sen-dortmund-seniorinnen");
    }

    @Test
    void refugeesWhateverTheWord() {
        assertThat(ids("Flüchtlinge")).contains("ref-bottrop-sprachcafe", "ref-leipzig-gefluechtete-kinder");
        assertThat(search.search(SearchRequest.of("Geflüchtete", 20)).hits())
                .extracting(SearchHit::id)
                .contains("ref-oberhausen-kleiderkammer", "ref-duisburg-asyl");
    }

    @Test
    void compoundsAreSplit() {
        assertThat(ids("Börse").get(0)).isEqualTo("eng-bottrop-ehrenamtsboerse");
        assertThat(ids("Ehrenamtsbörse").get(0)).isEqualTo("eng-bottrop-ehrenamtsboerse");
    }

    @Test
    void umlautsAndSharpSMayBeTypedOut() {
        // same hits; the order may differ a little because "ue" and "ü" hyphenate differently
        assertThat(ids("Buergerbeteiligung")).containsExactlyInAnyOrderElementsOf(ids("Bürgerbeteiligung"));
        assertThat(ids("Strassenfest").get(0)).isEqualTo("fest-bottrop-strassenfest");
        assertThat(ids("Bürgerbeteilgung").get(0)).startsWith("bb-");
    }

    @Test
    void fuzzinessDoesNotWreckPrecision() {
        SearchResult fire = find("Feuerwehr");
        assertThat(fire.hits().get(0).id()).isEqualTo("misc-essen-feuerwehr");
        assertThat(fire.total()).isLessThanOrEqualTo(2);
        assertThat(find("Kita").hits()).extracting(SearchHit::id).doesNotContain("city-kiel", "sport-kiel-segeln");
    }

    @Test
    void snippetsAreEscapedAndMarked() {
        String snippet = find("Zaubertrick").hits().get(0).snippet();
        assertThat(snippet)
                .contains("&lt;b&gt;fetter&lt;&#x2F;b&gt;")
                .contains("<mark>Zaubertrick</mark>")
                .doesNotContain("<b>");
    }

    @Test
    void facetsCountAllMatchesAndFiltersNarrow() {
        SearchResult all = find("Senioren");
        assertThat(all.facets().get("type")).containsKey("opportunity");
        assertThat(all.facets().get("city")).containsKeys("essen", "bottrop");
        SearchResult essen = search.search(new SearchRequest("Senioren", null, "essen", null, null, null, null, 10, 0));
        assertThat(essen.hits()).isNotEmpty().allMatch(h -> h.city().equals("essen"));
        assertThat(essen.total()).isLessThan(all.total());
    }

    @Test
    void distanceFilterAndOrder() {
        SearchResult near = search.search(new SearchRequest("", null, null, null, 51.5237, 6.9299, 15.0, 100, 0));
        assertThat(near.hits()).isNotEmpty().allMatch(h -> h.distanceKm() <= 15.0);
        assertThat(near.hits())
                .extracting(SearchHit::city)
                .contains("bottrop", "gladbeck")
                .doesNotContain("leipzig");
        List<Double> distances = near.hits().stream().map(SearchHit::distanceKm).toList();
        assertThat(distances).isSorted();
    }

    @Test
    void autocompleteOffersIndexedWords() {
        assertThat(search.suggest("Hausauf", 5)).contains("hausaufgabenhilfe");
        assertThat(search.suggest("Nachhilfe in Mat", 5)).contains("nachhilfe in mathe");
    }
}
