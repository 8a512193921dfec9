package de.gemeinsinn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.support.GemeinsinnTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Crawls every page reachable from the start page (like a visitor would) in real headless
 * Chromium: each must load, pass axe-core for WCAG 2.1 AA, request nothing from other hosts,
 * and its HTML must pass the Nu HTML checker.
 */
@GemeinsinnTest
@Tag("browser")
class SiteCrawlBrowserTests {

    static final int MAX_PAGES = 80;
    static ChromeDriver driver;

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String origin() {
        return "http://localhost:" + port;
    }

    @Test
    void everyPublicPageIsAccessibleValidAndSelfContained() throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Set<String> templatesSeen = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/gibt-es-nicht-404", "/?lang=en"));
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            driver.get(origin() + path);
            visited++;
            List<String> pageProblems = new ArrayList<>();
            String pageKey = pageType(path);
            if (templatesSeen.add(pageKey)) {
                pageProblems.addAll(PageAudit.axeViolations(driver));
                HttpResponse<String> res = http.send(
                        HttpRequest.newBuilder(URI.create(origin() + path))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(res.statusCode()).as(path).isLessThan(500);
                pageProblems.addAll(PageAudit.htmlErrors(res.body()));
            }
            pageProblems.addAll(Chromium.foreignRequests(driver, origin()).stream()
                    .map(o -> "request to other host " + o)
                    .toList());
            if (!pageProblems.isEmpty()) {
                problems.put(path, pageProblems);
            }
            for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
                String next = sameOriginPath(a.getAttribute("href"));
                if (next != null && !seen.contains(next)) {
                    queue.add(next);
                }
            }
        }
        assertThat(visited).isGreaterThan(5);
        assertThat(problems).as("pages with problems").isEmpty();
    }

    /** Pages of the same kind share a template; axe and vnu run once per kind to keep the run short. */
    static String pageType(String path) {
        String p = path.replaceAll("\\?.*", "");
        String[] parts = p.split("/");
        if (parts.length > 3) {
            return parts[1] + "/*/" + String.join("/", java.util.Arrays.copyOfRange(parts, 3, parts.length));
        }
        if (parts.length == 3 && !parts[2].isEmpty()) {
            return parts[1] + "/*";
        }
        return p + (path.contains("lang=en") ? "?en" : "");
    }

    String sameOriginPath(String href) {
        if (href == null || !href.startsWith(origin())) {
            return null;
        }
        String rest = href.substring(origin().length()).replaceAll("#.*", "");
        if (rest.isEmpty()) {
            rest = "/";
        }
        if (rest.matches(".*\\.(atom|ics|xml|json|csv|png|jpg|jpeg|svg|pdf)(\\?.*)?$")
                || rest.startsWith("/v3/")
                || rest.startsWith("/swagger-ui")
                || rest.startsWith("/actuator")
                || rest.startsWith("/api/v1")) {
            return null;
        }
        return rest;
    }
}
