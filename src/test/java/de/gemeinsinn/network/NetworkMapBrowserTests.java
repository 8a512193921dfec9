package de.gemeinsinn.network;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.browser.Chromium;
import de.gemeinsinn.support.GemeinsinnTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The two-click map in a real headless Chromium: nothing before consent, no CSP violations. */
@GemeinsinnTest
@Tag("browser")
class NetworkMapBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Chromium.start("--window-size=400,900");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void mapLoadsOnlyAfterConsentAndFollowsTheFilter() {
        browser.get("http://localhost:" + port + "/staedte");
        assertThat(js("return typeof window.L")).isEqualTo("undefined");
        assertThat(browser.findElements(By.cssSelector(".leaflet-container"))).isEmpty();
        int rows = browser.findElements(By.cssSelector("tr[data-marker]")).size();
        assertThat(rows).isGreaterThanOrEqualTo(49);

        browser.findElement(By.cssSelector("[data-map-load]")).click();
        waitUntil(() -> markers() == rows);

        new Select(browser.findElement(By.id("f-region"))).selectByValue("west");
        waitUntil(() -> browser.findElements(By.cssSelector("tr[data-marker]")).size() < rows);
        int westRows = browser.findElements(By.cssSelector("tr[data-marker]")).size();
        waitUntil(() -> markers() == westRows);
        assertThat(browser.getCurrentUrl()).contains("region=west");

        browser.get("http://localhost:" + port + "/staedte/bottrop");
        waitUntil(() -> markers() == 1); // consent is remembered for the session
        assertThat(cspViolations()).isEmpty();
    }

    private int markers() {
        return browser.findElements(By.cssSelector(".leaflet-container path.leaflet-interactive"))
                .size();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get("browser").getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }
}
