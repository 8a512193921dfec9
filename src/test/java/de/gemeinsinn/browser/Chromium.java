package de.gemeinsinn.browser;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven by Selenium, with the network log switched on so that tests
 * can see every request a page makes.
 */
public final class Chromium {

    private static final Pattern REQUEST_URL =
            Pattern.compile("\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]+)\"");

    private Chromium() {}

    /** Starts Chromium; {@code extraArguments} come last, so they override the defaults. */
    public static ChromeDriver start(String... extraArguments) {
        ChromeOptions options = new ChromeOptions();
        String binary = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
        if (binary != null) {
            options.setBinary(binary);
        }
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1280,1024",
                "--lang=de-DE");
        options.addArguments(extraArguments);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL", LogType.BROWSER, "ALL"));
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        String driver = firstExisting("/usr/bin/chromedriver");
        if (driver != null) {
            service.usingDriverExecutable(new File(driver));
        }
        ChromeDriver chrome = new ChromeDriver(service.build(), options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** Origins other than {@code ownOrigin} that the browser requested since the last call. */
    public static Set<String> foreignRequests(ChromeDriver driver, String ownOrigin) {
        Set<String> foreign = new TreeSet<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Matcher m = REQUEST_URL.matcher(entry.getMessage());
            if (m.find()) {
                String url = m.group(1);
                if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
                    continue;
                }
                URI uri = URI.create(url);
                String origin =
                        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
                if (!origin.equals(ownOrigin)) {
                    foreign.add(origin);
                }
            }
        }
        return foreign;
    }

    /** Messages the page wrote to the console at level SEVERE (e.g. CSP violations). */
    public static java.util.List<String> severeConsoleMessages(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private static String firstExisting(String... paths) {
        for (String p : paths) {
            if (new File(p).canExecute()) {
                return p;
            }
        }
        return null;
    }
}
