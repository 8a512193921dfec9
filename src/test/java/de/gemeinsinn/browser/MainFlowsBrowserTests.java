package de.gemeinsinn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.gemeinsinn.support.GemeinsinnTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The main flows as a person does them, in real headless Chromium with a real SMTP server:
 * register, confirm by mail, log in, search, and a network admin editing a city profile. Every
 * page on the way, including forms showing errors, is audited like the crawl does.
 */
@GemeinsinnTest
@Tag("browser")
class MainFlowsBrowserTests {

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

    void type(String id, String text) {
        var field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Submits the form and waits until the next page has replaced this one and finished loading. */
    void submit(String formSelector) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(formSelector + " [type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete"
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(origin().length());
    }

    @Test
    void citizenRegistersConfirmsByMailLogsInAndSearches() throws Exception {
        String email = "lena-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        open("/registrieren");
        submit("main form");
        // an empty form stays on the page with German messages, and that page is accessible too
        assertThat(driver.getPageSource()).contains("aria-invalid=\"true\"");
        audit.audit("/registrieren?fehler");

        type("email", email);
        type("displayName", "Lena Musterfrau");
        type("password", "Ein-sicheres-Passwort");
        type("passwordRepeat", "Ein-sicheres-Passwort");
        driver.findElement(By.id("privacyConsent")).click();
        submit("main form");
        assertThat(currentPath()).startsWith("/registrieren/gesendet");
        audit.audit(currentPath());

        String confirmation = linkInMailTo(email, "/bestaetigen");
        open(confirmation);
        assertThat(driver.findElement(By.tagName("main")).getText()).containsIgnoringCase("bestätigt");

        logIn(email, "Ein-sicheres-Passwort");
        open("/konto");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Lena Musterfrau");

        type("header-q", "Bottrop");
        submit("form.header-search");
        assertThat(currentPath()).startsWith("/suche");
        audit.audit(currentPath());
        assertThat(driver.findElements(By.cssSelector("#treffer a[href='/staedte/bottrop']")))
                .isNotEmpty();

        assertThat(audit.problems).as("pages with problems").isEmpty();
    }

    @Test
    void networkAdminEditsACityProfileAndSeesItPublished() throws Exception {
        logIn("admin@gemeinsinn.test", "Admin-Passwort-123");
        open("/staedte/bottrop/bearbeiten");
        String memberSince = driver.findElement(By.id("memberSince")).getAttribute("value");
        String text = "Bottrop verbindet Quartiersarbeit und Ehrenamt – geprüft am " + UUID.randomUUID();
        type("profile", text);
        type("memberSince", "20x5");
        submit("main form.form");
        // invalid year: the form comes back with the typed profile text intact
        assertThat(driver.findElement(By.id("profile")).getAttribute("value")).isEqualTo(text);
        audit.audit("/staedte/bottrop/bearbeiten?fehler");

        type("memberSince", memberSince);
        submit("main form.form");
        assertThat(currentPath()).startsWith("/staedte/bottrop");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(text);

        // pages only signed-in people see are audited as well
        new Crawler(driver, origin())
                .crawl(List.of("/konto", "/konto/tokens", "/konto/daten", "/admin/personen", "/news/neu"), 25)
                .problems
                .forEach((path, found) -> audit.problems.put(path, found));
        assertThat(audit.problems).as("pages with problems").isEmpty();
    }

    void logIn(String email, String password) throws Exception {
        open("/anmelden");
        type("email", email);
        type("password", password);
        submit("main form");
        assertThat(currentPath()).doesNotStartWith("/anmelden");
    }

    static String linkInMailTo(String email, String path) throws Exception {
        greenMail.waitForIncomingEmail(5000, 1);
        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(safeRecipients(m)).contains(email))
                .reduce((a, b) -> b)
                .orElseThrow();
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)")
                .matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
        assertThat(m.find()).as("confirmation link in mail").isTrue();
        return m.group(1);
    }

    static jakarta.mail.Address[] safeRecipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (Exception e) {
            return new jakarta.mail.Address[0];
        }
    }
}
