package de.gemeinsinn.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Follows same-origin links like a visitor and audits each kind of page once: axe-core (WCAG
 * 2.1 AA) on the rendered page, the Nu HTML checker on its source; every page is checked for
 * requests to other hosts and for server errors.
 */
final class Crawler {

    private final ChromeDriver driver;
    private final String origin;
    private final HttpClient http = HttpClient.newBuilder().build();
    final Map<String, List<String>> problems = new LinkedHashMap<>();
    final Set<String> visited = new HashSet<>();
    private final Set<String> audited = new HashSet<>();

    Crawler(ChromeDriver driver, String origin) {
        this.driver = driver;
        this.origin = origin;
    }

    Crawler crawl(List<String> start, int maxPages) throws Exception {
        Deque<String> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty() && visited.size() < maxPages) {
            String path = queue.poll();
            if (!visited.add(path)) {
                continue;
            }
            driver.get(origin + path);
            audit(path);
            for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
                String next = sameOriginPath(a.getAttribute("href"));
                if (next != null && !visited.contains(next)) {
                    queue.add(next);
                }
            }
        }
        return this;
    }

    /** Audits the page the browser shows now (once per kind of page). */
    void audit(String path) throws Exception {
        List<String> found = new ArrayList<>();
        if (audited.add(pageType(path))) {
            found.addAll(PageAudit.axeViolations(driver));
            HttpResponse<String> res = fetchWithBrowserCookies(path);
            if (res.statusCode() >= 500) {
                found.add("HTTP " + res.statusCode());
            }
            if (res.headers().firstValue("Content-Type").orElse("").contains("html")) {
                found.addAll(PageAudit.htmlErrors(res.body()));
            }
        }
        Chromium.foreignRequests(driver, origin).forEach(o -> found.add("request to other host " + o));
        if (!found.isEmpty()) {
            problems.computeIfAbsent(path, p -> new ArrayList<>()).addAll(found);
        }
    }

    private HttpResponse<String> fetchWithBrowserCookies(String path) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : driver.manage().getCookies()) {
            cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
        }
        HttpRequest.Builder req =
                HttpRequest.newBuilder(URI.create(origin + path)).header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            req.header("Cookie", cookies.toString());
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Pages of the same kind share a template, e.g. {@code /staedte/bottrop} and {@code /staedte/essen}. */
    static String pageType(String path) {
        String p = path.replaceAll("\\?.*", "");
        String[] parts = p.split("/");
        String lang = path.contains("lang=en") ? "?en" : "";
        if (parts.length > 3) {
            return parts[1] + "/*/" + String.join("/", Arrays.copyOfRange(parts, 3, parts.length)) + lang;
        }
        if (parts.length == 3 && !parts[2].isEmpty()) {
            return parts[1] + "/*" + lang;
        }
        return p + lang;
    }

    String sameOriginPath(String href) {
        if (href == null || !href.startsWith(origin)) {
            return null;
        }
        String rest = href.substring(origin.length()).replaceAll("#.*", "");
        if (rest.isEmpty()) {
            rest = "/";
        }
        if (rest.matches(".*\\.(atom|ics|xml|json|csv|xlsx|png|jpg|jpeg|svg|pdf)(\\?.*)?$")
                || rest.startsWith("/v3/")
                || rest.startsWith("/swagger-ui")
                || rest.startsWith("/actuator")
                || rest.startsWith("/api/v1")) {
            return null;
        }
        return rest;
    }
}
