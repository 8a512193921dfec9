package de.gemeinsinn.barcamp;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.browser.Chromium;
import de.gemeinsinn.browser.PageAudit;
import de.gemeinsinn.events.DemoEvents;
import de.gemeinsinn.support.GemeinsinnTest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every BarCamp page type in real Chromium with axe-core (WCAG 2.1 AA) and the Nu HTML checker,
 * for anonymous visitors, a registered participant and an organiser; and the live board following
 * an organiser's move over Server-Sent Events without reloading.
 */
@GemeinsinnTest
@Tag("browser")
class BarcampBrowserTests extends BarcampTestSupport {

    ChromeDriver driver;
    final Map<String, List<String>> problems = new LinkedHashMap<>();

    @BeforeEach
    void start() {
        driver = Chromium.start();
    }

    @AfterEach
    void stop() {
        driver.quit();
    }

    String origin() {
        return "http://localhost:" + port;
    }

    void audit(String path) {
        driver.get(origin() + path);
        auditCurrent(path);
    }

    void auditCurrent(String label) {
        List<String> found = new ArrayList<>(PageAudit.axeViolations(driver));
        found.addAll(PageAudit.htmlErrors(
                driver.getPageSource().startsWith("<html")
                        ? "<!DOCTYPE html>\n" + driver.getPageSource()
                        : driver.getPageSource()));
        Chromium.foreignRequests(driver, origin()).forEach(o -> found.add("request to other host " + o));
        Chromium.severeConsoleMessages(driver).stream()
                .filter(m -> !m.contains("favicon"))
                .forEach(m -> found.add("console: " + m));
        if (!found.isEmpty()) {
            problems.put(label, found);
        }
    }

    void logIn(String email, String password) {
        driver.get(origin() + "/anmelden");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        var html = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("main form [type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isStale(html));
    }

    static boolean isStale(org.openqa.selenium.WebElement e) {
        try {
            e.isDisplayed();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException ex) {
            return true;
        }
    }

    @Test
    void publicPagesAreAccessible() {
        Camp west = service.camp(DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG);
        Session documented = repo.sessions(west.id()).stream()
                .filter(s -> s.title().equals("Unternehmen für Engagement gewinnen"))
                .findFirst()
                .orElseThrow();
        audit("/barcamp");
        audit(west.url());
        audit(west.url() + "/board");
        audit(west.url() + "/board?jetzt=2025-05-16T14:40");
        audit(west.url() + "/kiosk?jetzt=2025-05-16T14:40");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Als Nächstes");
        audit(west.url() + "/sessions/" + documented.id());
        audit(west.url() + "/zugang");
        audit(west.url() + "?lang=en");
        assertThat(problems).as("pages with problems").isEmpty();
    }

    @Test
    void participantAndOrganiserPagesAreAccessible() {
        Camp camp = camp("Barrierefrei");
        grid(camp, 2, 2);
        TestPerson p = person("Bea Barrierefrei");
        register(camp, p.name(), p.email());
        UUID s1 = service.quickAdd(camp, "Erste Session", Viewer.ANONYMOUS);
        service.quickAdd(camp, "Zweite Session", Viewer.ANONYMOUS);

        logIn(p.email(), PASSWORD);
        audit(camp.url());
        driver.findElement(By.cssSelector("#s-" + s1 + " form button")).click();
        // htmx swaps the card: an element found a moment ago may be gone when it is read
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#s-" + s1)).getText().contains("1 interessiert"));
        auditCurrent("overview after htmx vote");
        audit(camp.url() + "/vorschlagen");
        // the browser's own check would stop an empty form; the server must answer it too
        ((JavascriptExecutor) driver).executeScript("document.querySelector('main form').noValidate = true;");
        driver.findElement(By.cssSelector("main form [type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("aria-invalid=\"true\""));
        auditCurrent("propose with errors");
        audit(camp.url() + "/mein-plan");
        audit(camp.url() + "/sessions/" + s1);
        audit(camp.url() + "/sessions/" + s1 + "/doku");
        // a conflict: someone saves while this browser has the form open
        driver.findElement(By.id("notes")).sendKeys("Meine Notiz");
        service.saveDoc(camp, Viewer.ANONYMOUS, s1, new Forms.Doc("Fremde Notiz", "", 0));
        driver.findElement(By.cssSelector("main form.barcamp-form [type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("inzwischen geändert"));
        auditCurrent("documentation conflict");

        driver.manage().deleteAllCookies();
        logIn("erika.mustermann@example.org", DEMO_PASSWORD);
        audit(camp.url() + "/orga");
        service.setPhase(camp, Phase.PLANNING);
        audit(camp.url() + "/planung");
        audit(camp.url() + "/board");
        audit(camp.url() + "/kiosk");
        assertThat(problems).as("pages with problems").isEmpty();
    }

    @Test
    void theLiveBoardFollowsTheOrganisersMoveOverServerSentEvents() throws Exception {
        Camp camp = camp("Live");
        grid(camp, 2, 2);
        UUID a = service.quickAdd(camp, "Wandernde Session", Viewer.ANONYMOUS);
        service.setPhase(camp, Phase.PLANNING);
        List<Stored.Room> rooms = repo.rooms(camp.id());
        List<Stored.Slot> slots = repo.slots(camp.id());
        service.move(
                reload(camp),
                a,
                new BarcampService.Cell(rooms.get(0).id(), slots.get(0).id()),
                false);
        service.publish(reload(camp), true);

        LocalDateTime during =
                LocalDateTime.ofInstant(slots.get(0).startsAt(), Stored.ZONE).plusMinutes(5);
        driver.get(origin() + camp.url() + "/board?jetzt=" + during);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> "true".equals(d.findElement(By.id("board")).getDomAttribute("data-connected")));
        ((JavascriptExecutor) driver).executeScript("window.__sameDocument = true;");
        assertThat(driver.findElement(By.id("board")).getText()).doesNotContain("findet jetzt");

        Web organiser = web().login("erika.mustermann@example.org", DEMO_PASSWORD);
        var res = organiser.post(
                camp.url() + "/planung",
                camp.url() + "/planung/verschieben",
                Map.of(
                        "session",
                        a.toString(),
                        "cell",
                        rooms.get(1).id() + "/" + slots.get(1).id(),
                        "pin",
                        "true"));
        assertThat(res.statusCode()).isEqualTo(302);

        wait.until(d -> d.findElement(By.id("board")).getText().contains("findet jetzt"));
        String text = driver.findElement(By.id("board")).getText();
        assertThat(text)
                .contains("„Wandernde Session“ findet jetzt")
                .contains(rooms.get(1).name());
        // no reload happened: the page is the same document
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__sameDocument === true;"))
                .isEqualTo(true);
    }
}
