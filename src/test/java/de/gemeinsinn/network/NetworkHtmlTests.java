package de.gemeinsinn.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.gemeinsinn.support.GemeinsinnTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

/** The pages over real HTTP: status, CSP, login redirect, and basic accessibility structure. */
@GemeinsinnTest
class NetworkHtmlTests {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> fetch(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publicPagesHaveAStrictPolicyAndAccessibleStructure() throws Exception {
        for (String path : List.of(
                "/staedte", "/staedte?region=west&size=gross", "/staedte/bottrop", "/regionen", "/regionen/west")) {
            HttpResponse<String> res = fetch(path);
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertValid(path, res.body());
        }
    }

    @Test
    void editAndCreatePagesHaveAccessibleForms() throws Exception {
        var mvc = NetworkTestSupport.mvc(context);
        var admin = NetworkTestSupport.networkAdmin();
        for (String path : List.of("/staedte/bottrop/bearbeiten", "/staedte/neu?q=Bott")) {
            var response = mvc.perform(get(path).with(user(admin))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertValid(path, response.getContentAsString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void unknownCityGivesTheFriendlyGerman404() throws Exception {
        HttpResponse<String> res = fetch("/staedte/atlantis");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).contains("<html lang=\"de\"").contains("Zur Startseite");
    }

    @Test
    void editPageSendsAnonymousVisitorsToTheLogin() throws Exception {
        HttpResponse<String> res = fetch("/staedte/bottrop/bearbeiten");
        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(res.headers().firstValue("Location").orElseThrow()).endsWith("/anmelden");
    }

    /** One h1, a label for every form control, unique ids, header cells in tables, no inline code. */
    static void assertValid(String path, String html) {
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("h1")).as(path + " h1").hasSize(1);
        assertThat(doc.select("html").attr("lang")).as(path + " lang").isNotBlank();
        for (Element control : doc.select("input:not([type=hidden]), select, textarea")) {
            String id = control.id();
            assertThat(id).as(path + " control without id: " + control).isNotBlank();
            assertThat(doc.select("label[for=" + id + "]"))
                    .as(path + " label for " + id)
                    .isNotEmpty();
        }
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertThat(ids).as(path + " ids").doesNotHaveDuplicates();
        for (Element described : doc.select("[aria-describedby]")) {
            for (String ref : described.attr("aria-describedby").split(" ")) {
                assertThat(doc.getElementById(ref))
                        .as(path + " aria-describedby " + ref)
                        .isNotNull();
            }
        }
        for (Element table : doc.select("table")) {
            assertThat(table.select("th")).as(path + " table headers").isNotEmpty();
        }
        assertThat(doc.select("[style]")).as(path + " style attributes").isEmpty();
        assertThat(doc.select("script:not([src])")).as(path + " inline scripts").isEmpty();
        assertThat(doc.getAllElements().stream()
                        .flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().startsWith("on")))
                .as(path + " event handler attributes")
                .isEmpty();
    }
}
