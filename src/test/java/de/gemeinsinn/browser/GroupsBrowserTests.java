package de.gemeinsinn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.gemeinsinn.groups.DemoGroups;
import de.gemeinsinn.support.GemeinsinnTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Every page type of the organisations and groups modules, public and signed-in, including forms
 * showing their errors, passes axe-core (WCAG 2.1 AA) and the Nu HTML checker.
 */
@GemeinsinnTest
@Tag("browser")
class GroupsBrowserTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    ChromeDriver driver;
    final Map<String, List<String>> problems = new LinkedHashMap<>();

    @BeforeEach
    void startBrowser() {
        driver = Chromium.start();
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    String origin() {
        return "http://localhost:" + port;
    }

    /** Opens the page and audits it, even if a page of the same kind was audited before. */
    void check(String path) throws Exception {
        driver.get(origin() + path);
        assertThat(driver.getCurrentUrl()).as(path).doesNotContain("/anmelden");
        auditCurrent(path);
    }

    void auditCurrent(String label) throws Exception {
        Crawler crawler = new Crawler(driver, origin());
        String path = driver.getCurrentUrl().substring(origin().length());
        crawler.audit(path);
        crawler.problems.forEach((p, found) -> problems.put(label, found));
    }

    void submit(String formSelector) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(formSelector + " [type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete"
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void logIn(String email, String password) {
        driver.get(origin() + "/anmelden");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        submit("main form");
    }

    @Test
    void publicPagesPass() throws Exception {
        for (String path : List.of(
                "/gruppen",
                "/gruppen/" + DemoGroups.QUARTIERE.slug(),
                "/gruppen/" + DemoGroups.NETWORK_DEMOKRATIE.slug(),
                "/staedte/bottrop",
                "/staedte/bottrop/netzwerk",
                "/staedte/bottrop/organisationen",
                "/organisationen/fachbereich-bildung-und-soziales",
                "/gruppen/einladung?token=abgelaufen",
                "/gruppen?lang=en")) {
            check(path);
        }
        assertThat(problems).as("pages with problems").isEmpty();
    }

    @Test
    void signedInPagesAndFormsWithErrorsPass() throws Exception {
        logIn("admin@gemeinsinn.test", "Admin-Passwort-123");
        String slug = DemoGroups.QUARTIERE.slug();
        for (String path : List.of(
                "/gruppen",
                "/gruppen/" + slug,
                "/gruppen/" + slug + "/bearbeiten",
                "/gruppen/" + slug + "/mitglieder",
                "/gruppen/" + DemoGroups.DIGITAL.slug(),
                "/gruppen/neu?stadt=bottrop",
                "/staedte/bottrop/netzwerk",
                "/staedte/bottrop/organisationen/freigabe",
                "/organisationen/repair-cafe-welheim",
                "/organisationen/fachbereich-bauen-planen-und-umwelt/bearbeiten",
                "/organisationen/registrieren?stadt=bottrop")) {
            check(path);
        }
        // the registration form with its errors
        driver.get(origin() + "/organisationen/registrieren");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
        submit("main form.form");
        assertThat(driver.getPageSource()).contains("aria-invalid=\"true\"");
        auditCurrent("/organisationen/registrieren?fehler");
        // the new group form with its errors
        driver.get(origin() + "/gruppen/neu?stadt=bottrop");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
        submit("main form.form");
        assertThat(driver.getPageSource()).contains("aria-invalid=\"true\"");
        auditCurrent("/gruppen/neu?fehler");

        driver.manage().deleteAllCookies();
        logIn("paula.beispiel@example.org", "Demo-Passwort-2026");
        check("/gruppen/" + slug + "/meine-angaben");
        check("/gruppen/" + slug);
        assertThat(problems).as("pages with problems").isEmpty();
    }
}
