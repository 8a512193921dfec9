package de.gemeinsinn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Crawls every page reachable from the start page in real headless Chromium: each must load,
 * pass axe-core for WCAG 2.1 AA, request nothing from other hosts, and pass the Nu HTML checker.
 */
@GemeinsinnTest
@Tag("browser")
class SiteCrawlBrowserTests {

    static ChromeDriver driver;

    @LocalServerPort
    int port;

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

    @Test
    void everyPublicPageIsAccessibleValidAndSelfContained() throws Exception {
        Crawler crawler = new Crawler(driver, "http://localhost:" + port)
                .crawl(List.of("/", "/gibt-es-nicht-404", "/?lang=en"), 120);
        assertThat(crawler.visited.size()).isGreaterThan(5);
        assertThat(crawler.problems).as("pages with problems").isEmpty();
    }
}
