package de.gemeinsinn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.gemeinsinn.events.DemoEvents;
import de.gemeinsinn.support.GemeinsinnTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Events in real Chromium: the open registration form (also with errors), the personal link,
 * the month calendar and every organiser page pass axe-core and the Nu HTML checker; the
 * JSON-LD data block causes no CSP violation.
 */
@GemeinsinnTest
@Tag("browser")
class EventsBrowserTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

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
        wait.until(d -> "complete"
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void type(String id, String text) {
        var field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void registeringAndManagingInTheBrowserPassesTheAudits() throws Exception {
        open("/veranstaltungen/netzwerktreffen-2027");
        assertThat(Chromium.severeConsoleMessages(driver))
                .as("no CSP violation by the JSON-LD block")
                .isEmpty();
        // the form with errors
        submit("#anmeldung form");
        assertThat(driver.findElement(By.id("reg-consent-error")).getText()).contains("Einwilligung");
        audit.audit("/veranstaltungen/netzwerktreffen-2027?fehler");

        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        type("reg-name", "Tilda Beispiel");
        type("reg-email", email);
        driver.findElement(By.id("reg-consent")).click();
        submit("#anmeldung form");
        assertThat(driver.getCurrentUrl()).contains("/veranstaltungen/anmeldung/");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("bestätigt");
        audit.audit(driver.getCurrentUrl().substring(origin().length()));

        open("/veranstaltungen?monat=2025-05");
        open("/veranstaltungen?zeitraum=vergangen");
        open("/veranstaltungen/" + DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG + "?lang=en");
        assertThat(audit.problems).as("pages with problems").isEmpty();
    }

    @Test
    void organiserPagesPassTheAudits() throws Exception {
        driver.get(origin() + "/anmelden");
        type("email", "admin@gemeinsinn.test");
        type("password", "Admin-Passwort-123");
        submit("main form");
        String west = "/veranstaltungen/" + DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG;
        new Crawler(driver, origin())
                .crawl(
                        List.of(
                                "/veranstaltungen/neu",
                                west + "/bearbeiten",
                                west + "/orga",
                                west + "/orga?status=CONFIRMED&stadt=bottrop",
                                west + "/einlass",
                                west + "/einlass?q=Koordinierungsstelle"),
                        6)
                .problems
                .forEach((path, found) -> audit.problems.put(path, found));

        // the new-event form with errors
        open("/veranstaltungen/neu");
        submit("main form.form");
        assertThat(driver.findElement(By.id("ev-title-error")).getText()).isEqualTo("Bitte einen Titel angeben.");
        audit.audit("/veranstaltungen/neu?fehler");

        // check-in with a pasted code that does not exist, then a real one via the list
        open(west + "/einlass");
        type("c-code", "https://example.org/veranstaltungen/einlass/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        submit("form[action$='/einlass/code']");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("kennen wir");
        submit("table form");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("als anwesend eingetragen");
        audit.audit(west + "/einlass?markiert");
        assertThat(audit.problems).as("pages with problems").isEmpty();
    }
}
