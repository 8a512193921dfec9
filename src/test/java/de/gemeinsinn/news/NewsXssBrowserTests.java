package de.gemeinsinn.news;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.browser.Chromium;
import de.gemeinsinn.support.GemeinsinnTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every payload of {@link XssPayloads} in one article, opened in a real headless Chromium. The
 * page itself has a strict CSP, which would hide a sanitiser bug, so the sanitised HTML is also
 * opened without any CSP; a positive control proves the harness notices a successful attack.
 */
@Tag("browser")
@GemeinsinnTest
class NewsXssBrowserTests extends NewsTestSupport {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start("--allow-file-access-from-files");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noPayloadRunsOnTheArticlePage() throws Exception {
        String body = String.join("\n\n", XssPayloads.ALL);
        String slug = article("Sammlung gefährlicher Eingaben", "bottrop", ArticleStatus.PUBLISHED, body, null);

        browser.get("http://localhost:" + port + "/news/" + slug);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sammlung gefährlicher Eingaben");
        settle();
        assertNotAttacked();
        assertThat(browser.getTitle()).isEqualTo("Sammlung gefährlicher Eingaben – Neuigkeiten");
    }

    @Test
    void sanitisedHtmlIsHarmlessEvenWithoutCsp() throws Exception {
        String html = markdown.toHtml(String.join("\n\n", XssPayloads.ALL));
        // and the raw payloads straight through the sanitiser, bypassing commonmark's escaping
        String raw =
                String.join("\n", XssPayloads.ALL.stream().map(markdown::toHtml).toList());
        Path page = tmp.resolve("sanitised.html");
        Files.writeString(page, wrap(html + raw), StandardCharsets.UTF_8);
        browser.get(page.toUri().toString());
        settle();
        assertNotAttacked();
    }

    @Test
    void positiveControlTheHarnessSeesAnAttack() throws Exception {
        Path page = tmp.resolve("control.html");
        Files.writeString(
                page, wrap("<img src=x onerror=\"window.__xss=1;document.title='XSS'\">"), StandardCharsets.UTF_8);
        browser.get(page.toUri().toString());
        settle();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss"))
                .isEqualTo(1L);
        assertThat(browser.getTitle()).isEqualTo("XSS");
    }

    static String wrap(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Test</title></head><body>" + body
                + "</body></html>";
    }

    static void settle() throws InterruptedException {
        // let error events of broken images and autofocus handlers fire
        Thread.sleep(1500);
    }

    static void assertNotAttacked() {
        Object marker = ((JavascriptExecutor) browser).executeScript("return typeof window.__xss");
        assertThat(marker).isEqualTo("undefined");
        assertThat(browser.getTitle()).doesNotContain("XSS");
    }
}
