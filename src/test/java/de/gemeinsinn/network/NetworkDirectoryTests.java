package de.gemeinsinn.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

@GemeinsinnTest
class NetworkDirectoryTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NetworkDemoSeeder seeder;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = NetworkTestSupport.mvc(context);
    }

    @Test
    void demoImportHasTheMemberCitiesAndBottropInWestWithItsQuartiere() {
        assertThat(count("SELECT count(*) FROM network.city")).isGreaterThanOrEqualTo(49);
        Map<String, Object> bottrop = jdbc.sql("""
                        SELECT c.ags, c.state, r.slug AS region, c.population FROM network.city c
                          JOIN network.region r ON r.id = c.region_id WHERE c.slug = 'bottrop'
                        """).query().singleRow();
        assertThat(bottrop)
                .containsEntry("ags", "05512000")
                .containsEntry("state", "NW")
                .containsEntry("region", "west")
                .containsEntry("population", 117565);
        assertThat(
                        count(
                                "SELECT count(*) FROM network.quartier q JOIN network.city c ON c.id = q.city_id WHERE c.slug = 'bottrop'"))
                .isEqualTo(20);
        assertThat(
                        count(
                                "SELECT count(DISTINCT district) FROM network.quartier q JOIN network.city c ON c.id = q.city_id WHERE c.slug = 'bottrop'"))
                .isEqualTo(3);
        assertThat(count(
                        "SELECT count(*) FROM network.meeting_participant WHERE meeting = 'regionaltreffen-west-2024'"))
                .isEqualTo(30);
        assertThat(count("SELECT count(DISTINCT doc_key) FROM search.outbox WHERE doc_key LIKE 'city:%'"))
                .isEqualTo(count("SELECT count(*) FROM network.city"));
    }

    @Test
    void seedingTwiceChangesNothing() {
        List<Integer> before = counts();
        assertThat(seeder.seed()).isZero();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void listShowsAllCitiesWithCountAndMapConsent() throws Exception {
        String html = page("/staedte");
        int cities = count("SELECT count(*) FROM network.city");
        assertThat(html)
                .contains("<h1>Die Städte im Netzwerk</h1>")
                .contains(cities + " Städte")
                .contains("href=\"/staedte/bottrop\"")
                .contains("data-map-load")
                .contains("data-tile-url=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"")
                .contains("<th scope=\"col\"")
                .doesNotContain("<script>")
                .doesNotContain("style=");
    }

    @Test
    void listFiltersByRegionStateAndSize() throws Exception {
        String west = page("/staedte?region=west");
        assertThat(west).contains(">Bottrop<").contains(">Gladbeck<").doesNotContain(">Würzburg<");
        String bavaria = page("/staedte?state=BY");
        assertThat(bavaria).contains(">Würzburg<").doesNotContain(">Bottrop<");
        String large = page("/staedte?size=gross");
        assertThat(large).contains(">Bottrop<").contains(">Bielefeld<").doesNotContain(">Gladbeck<");
        String small = page("/staedte?size=klein&state=NW");
        assertThat(small).contains(">Goch<").doesNotContain(">Bottrop<");
        assertThat(page("/staedte?size=metropole")).contains("Keine Stadt passt");
        assertThat(page("/staedte?size=x&state=ZZ")).contains("href=\"/staedte/bottrop\"");
        assertThat(page("/staedte?region=<script>"))
                .contains("Keine Stadt passt")
                .doesNotContain("<script>");
    }

    @Test
    void htmxGetsOnlyTheResultList() throws Exception {
        String fragment = mvc.perform(get("/staedte").param("region", "west").header("HX-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains(">Bottrop<").doesNotContain("<html").doesNotContain("<h1");
    }

    @Test
    void profileShowsFactsOfficeTopicsAndQuartiereByDistrict() throws Exception {
        String html = page("/staedte/bottrop");
        assertThat(html)
                .contains("<h1>Bottrop</h1>")
                .contains("Bottrop, Stadt")
                .contains("Nordrhein-Westfalen")
                .contains("117.565")
                .contains("engagement@bottrop.example")
                .contains("<h3>Bottrop-Kirchhellen</h3>")
                .contains("Gartenstadt Welheim")
                .contains("Quartiere (20)")
                .contains("data-map-load")
                .doesNotContain("Profil bearbeiten");
    }

    @Test
    void regionsListAndWestShowsTheMeetingParticipants() throws Exception {
        assertThat(page("/regionen")).contains(">Nord<").contains(">Süd<").contains("href=\"/regionen/west\"");
        assertThat(page("/regionen/west"))
                .contains("<h1>Region West</h1>")
                .contains("Regionaltreffen West 2024 in Bottrop")
                .contains("30 Städte");
        assertThat(page("/regionen/sued")).contains(">Würzburg<").doesNotContain("Regionaltreffen");
    }

    @Test
    void unknownSlugsAre404() throws Exception {
        assertThat(status("/staedte/atlantis")).isEqualTo(404);
        assertThat(status("/regionen/atlantis")).isEqualTo(404);
    }

    @Test
    void englishPagesUseTheEnglishBundle() throws Exception {
        assertThat(page("/staedte?lang=en")).contains("The cities in the network");
    }

    private String page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private int status(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getStatus();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private List<Integer> counts() {
        return List.of(
                count("SELECT count(*) FROM network.city"),
                count("SELECT count(*) FROM network.quartier"),
                count("SELECT count(*) FROM network.meeting_participant"),
                count("SELECT count(*) FROM search.outbox"),
                count("SELECT count(*) FROM network.region"));
    }
}
