package de.gemeinsinn.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import de.gemeinsinn.browser.Chromium;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.support.GemeinsinnTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** axe-core (WCAG 2.1 A/AA rules) on the news pages in a real Chromium, desktop and phone width. */
@Tag("browser")
@GemeinsinnTest
class NewsAccessibilityBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void publicNewsPagesHaveNoAxeViolations() throws Exception {
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(375, 812))) {
            browser.manage().window().setSize(size);
            check("/news", "liste-" + size.width);
            check("/news/regionaltreffen-west-in-bottrop", "artikel-" + size.width);
            check("/news?tag=BarCamp&seite=1", "filter-" + size.width);
        }
    }

    @Test
    void editFormHasNoAxeViolationsAlsoWithErrors() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/news"));
        browser.manage().addCookie(new Cookie("GSESSION", signedInAdmin()));
        check("/news/neu", "neu");
        browser.findElement(org.openqa.selenium.By.cssSelector("form.news-form button[type=submit]"))
                .submit();
        assertThat(browser.getPageSource()).contains("Bitte geben Sie einen Titel ein.");
        audit("neu-fehler");
        check("/news/regionaltreffen-west-in-bottrop/bearbeiten", "bearbeiten");
    }

    void check(String path, String name) throws Exception {
        browser.get(url(path));
        audit(name);
    }

    void audit(String name) throws Exception {
        Path shots = Path.of("target/screenshots/news");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<String> violations = results.getViolations().stream()
                .map(Rule::getId)
                .map(id -> id + " on " + name)
                .toList();
        assertThat(violations).as(name).isEmpty();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String signedInAdmin() {
        GemeinsinnUser user = new GemeinsinnUser(
                UUID.randomUUID(),
                "netz@example.org",
                "Max Mustermann",
                null,
                true,
                Set.of(ScopedRole.of(Role.NETWORK_ADMIN)));
        String cookie = NewsUploadLimitHttpTests.store(
                sessions,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return cookie.substring("GSESSION=".length());
    }
}
