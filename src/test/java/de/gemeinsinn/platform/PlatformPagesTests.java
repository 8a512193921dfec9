package de.gemeinsinn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.support.GemeinsinnTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GemeinsinnTest
class PlatformPagesTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void legalPagesAreReachableWithoutLogin() throws Exception {
        for (String path : new String[] {"/impressum", "/datenschutz", "/barrierefreiheit", "/quellen"}) {
            HttpResponse<String> res = get(path);
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.body()).contains("<html lang=\"de\"");
        }
    }

    @Test
    void homePageShowsTheNetworkAndTheLatestNewsFromTheModules() throws Exception {
        String home = get("/").body();
        assertThat(home).containsPattern("\\d+ Städte in 5 Regionen");
        assertThat(home).contains("Neu im Netzwerk").contains("href=\"/news/");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        String csp = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    void unknownPageGivesFriendlyGerman404() throws Exception {
        HttpResponse<String> res = get("/gibt-es-nicht");
        // unknown paths are not public, so anonymous visitors are sent to the login page first
        assertThat(res.statusCode()).isIn(302, 404);
    }

    @Test
    void englishSwitchTranslatesTheLayout() throws Exception {
        assertThat(get("/?lang=en").body()).contains("Skip to content").contains("lang=\"en\"");
        assertThat(get("/").body()).contains("Zum Inhalt springen");
    }

    @Test
    void healthIsUp() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void unknownApiPathsAndMalformedRequestsGetGermanProblemJson() throws Exception {
        for (String path : new String[] {"/api/v1/gibt-es-nicht", "/api/v1/search?q=%ff%00"}) {
            HttpResponse<String> res = get(path);
            assertThat(res.statusCode()).as(path).isIn(400, 404);
            assertThat(res.headers().firstValue("Content-Type").orElseThrow())
                    .as(path)
                    .startsWith("application/problem+json");
            assertThat(res.body()).contains("\"title\"").contains("\"detail\"").doesNotContain("timestamp");
        }
    }

    @Test
    void prometheusMetricsAreExposed() throws Exception {
        HttpResponse<String> res = get("/actuator/prometheus");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void otherActuatorEndpointsNeedAnAdmin() throws Exception {
        assertThat(get("/actuator/metrics").statusCode()).isNotEqualTo(200);
    }

    @Test
    void apiOverviewListsEndpointsAndOpenApiIsServed() throws Exception {
        assertThat(get("/api").body()).contains("/v3/api-docs");
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");
    }
}
