package de.gemeinsinn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.groups.DemoGroups;
import de.gemeinsinn.support.GemeinsinnTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page type of the meetings module in real Chromium, signed in as the demo lead Paula
 * Beispiel: axe-core (WCAG 2.1 AA) and the Nu HTML checker, including forms showing errors and the
 * "someone changed this meanwhile" page of the minutes.
 */
@GemeinsinnTest
@Tag("browser")
class MeetingsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver driver;
    Crawler audit;

    @BeforeEach
    void startBrowser() {
        driver = Chromium.start();
        audit = new Crawler(driver, origin());
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    String origin() {
        return "http://localhost:" + port;
    }

    void open(String path) throws Exception {
        driver.get(origin() + path);
        audit.audit(path);
    }

    void submit(String formSelector) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(formSelector + " [type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Audits what the browser shows after a POST (axe on the DOM, the Nu checker on its source). */
    void auditShown(String name, List<String> problems) {
        List<String> found = new ArrayList<>(PageAudit.axeViolations(driver));
        // the DOM serialisation has no doctype; the served page does (checked by the crawl)
        found.addAll(PageAudit.htmlErrors("<!DOCTYPE html>\n" + driver.getPageSource()));
        found.forEach(f -> problems.add(name + ": " + f));
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void leadPagesFormsAndTheConflictPageAreAccessible() throws Exception {
        driver.get(origin() + "/anmelden");
        type("email", "paula.beispiel@example.org");
        type("password", "Demo-Passwort-2026");
        submit("main form");

        String group = "/gruppen/" + DemoGroups.QUARTIERE.slug();
        UUID meeting = jdbc.sql("SELECT id FROM meetings.meeting WHERE group_id = ? AND minutes_status = 'DRAFT' "
                        + "AND starts_at < now() AND status = 'SCHEDULED' ORDER BY starts_at DESC LIMIT 1")
                .param(DemoGroups.QUARTIERE.id())
                .query(UUID.class)
                .single();
        UUID item = jdbc.sql("SELECT id FROM meetings.agenda_item WHERE meeting_id = ? ORDER BY position LIMIT 1")
                .param(meeting)
                .query(UUID.class)
                .single();
        UUID action = jdbc.sql("SELECT id FROM meetings.action_item WHERE group_id = ? LIMIT 1")
                .param(DemoGroups.QUARTIERE.id())
                .query(UUID.class)
                .single();
        UUID poll = jdbc.sql("SELECT id FROM meetings.date_poll WHERE group_id = ? LIMIT 1")
                .param(DemoGroups.QUARTIERE.id())
                .query(UUID.class)
                .single();
        List<String> problems = new ArrayList<>();
        for (String path : List.of(
                group,
                group + "/treffen",
                group + "/treffen/neu",
                group + "/treffen/" + meeting,
                group + "/treffen/" + meeting + "/bearbeiten",
                group + "/treffen/" + meeting + "/protokoll/" + item,
                group + "/beschluesse",
                group + "/beschluesse/1",
                group + "/beschluesse/neu",
                group + "/beschluesse/1/bearbeiten",
                group + "/aufgaben",
                group + "/aufgaben/" + action,
                group + "/aufgaben/neu",
                group + "/terminumfragen/" + poll,
                group + "/terminumfragen/neu",
                "/meine-aufgaben",
                "/konto/benachrichtigungen",
                "/benachrichtigungen/abbestellen?token=ungueltig",
                "/staedte/bottrop/netzwerk",
                group + "/treffen?lang=en")) {
            open(path);
            assertThat(driver.getPageSource()).as(path).doesNotContain("??meetings.");
        }

        driver.get(origin() + group + "/treffen?lang=de");

        // forms with errors
        open(group + "/treffen/neu");
        type("title", "");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('place').value = '';");
        submit("main form.form");
        assertThat(driver.getPageSource()).contains("aria-invalid=\"true\"");
        auditShown("meeting form with errors", problems);

        open(group + "/terminumfragen/neu");
        type("title", "");
        submit("main form.form");
        auditShown("poll form with errors", problems);

        // the conflict page: someone saves while Paula writes
        open(group + "/treffen/" + meeting + "/protokoll/" + item);
        jdbc.sql(
                        "UPDATE meetings.agenda_item SET minutes = 'Inzwischen von jemand anderem', minutes_version = minutes_version + 1 WHERE id = ?")
                .param(item)
                .update();
        type("text", "Paulas Fassung");
        submit("main form.minutes-form");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("inzwischen geändert");
        assertThat(driver.getPageSource())
                .contains("Inzwischen von jemand anderem")
                .contains("Paulas Fassung");
        auditShown("minutes conflict page", problems);

        problems.addAll(audit.problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList());
        assertThat(problems).as("pages with problems").isEmpty();
    }
}
