package de.gemeinsinn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.support.GemeinsinnTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Without SMTP (the development default) mails land in /dev/postfach. Own context. */
@GemeinsinnTest
@TestPropertySource(properties = "spring.mail.host=")
class DevMailboxTests {

    @LocalServerPort
    int port;

    @Test
    void mailsWithClickableLinksAppearInTheDevMailbox() throws Exception {
        Browser browser = new Browser(port);
        String email = "postfach-" + System.nanoTime() + "@example.org";
        browser.submit(
                "/registrieren",
                "/registrieren",
                Map.of(
                        "email", email,
                        "displayName", "Paul Postfach",
                        "password", "Postfach-Passwort",
                        "passwordRepeat", "Postfach-Passwort",
                        "privacyConsent", "true"));
        String box = browser.get("/dev/postfach").body();
        assertThat(box).contains(email).contains("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        String link = RegistrationTests.link(box, "/bestaetigen");
        assertThat(box).contains("<a href=\"http://localhost:");
        assertThat(Browser.location(browser.get(link))).endsWith("/anmelden");
    }
}
