package de.gemeinsinn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.support.GemeinsinnTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@GemeinsinnTest
class RegistrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    People people;

    static String uniqueEmail() {
        return "neu-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static Map<String, String> registration(String email, String password) {
        return Map.of(
                "email", email,
                "displayName", "Lena Neumann",
                "password", password,
                "passwordRepeat", password,
                "privacyConsent", "true");
    }

    /** The only mail to the address, as decoded text. */
    static String mailTo(String email) throws Exception {
        return mailTo(greenMail, email);
    }

    static String mailTo(GreenMailExtension server, String email) throws Exception {
        MimeMessage[] mails = Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toArray(MimeMessage[]::new);
        assertThat(mails).hasSize(1);
        assertThat(GreenMailUtil.getBody(mails[0]))
                .as("links stay readable in the raw mail")
                .doesNotContain("=3D");
        return mails[0].getSubject() + "\n" + mails[0].getContent();
    }

    static String link(String mail, String path) {
        Matcher m =
                Pattern.compile(Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+").matcher(mail);
        assertThat(m.find()).as("link " + path + " in mail").isTrue();
        return m.group();
    }

    @Test
    void registerConfirmByMailAndLogIn() throws Exception {
        Browser browser = new Browser(port);
        String email = uniqueEmail();
        var res = browser.submit("/registrieren", "/registrieren", registration(email, "Ein-sicheres-Passwort"));
        assertThat(Browser.location(res)).endsWith("/registrieren/gesendet");
        assertThat(browser.get("/registrieren/gesendet").body()).contains("Fast geschafft");

        assertThat(browser.login(email, "Ein-sicheres-Passwort"))
                .as("not confirmed yet")
                .contains("/anmelden?fehler");

        String mail = mailTo(email);
        assertThat(mail).contains("Bitte bestätigen Sie Ihre E-Mail-Adresse").contains("Hallo Lena Neumann");
        var confirmed = browser.get(link(mail, "/bestaetigen"));
        assertThat(Browser.location(confirmed)).endsWith("/anmelden");
        assertThat(browser.get("/anmelden").body()).contains("Ihre E-Mail-Adresse ist bestätigt");

        assertThat(browser.get(link(mail, "/bestaetigen")).body())
                .as("links work once")
                .contains("funktioniert nicht mehr");
        assertThat(browser.login(email, "Ein-sicheres-Passwort")).doesNotContain("fehler");
        assertThat(browser.get("/konto").body()).contains("Lena Neumann").contains(email);
    }

    @Test
    void duplicateAddressGetsTheSameAnswerAndAHintMail() throws Exception {
        String email = uniqueEmail();
        new Browser(port).submit("/registrieren", "/registrieren", registration(email, "Ein-sicheres-Passwort"));
        Browser browser = new Browser(port);
        browser.get(link(mailTo(email), "/bestaetigen"));
        greenMail.reset();

        var again = browser.submit(
                "/registrieren", "/registrieren", registration(email.toUpperCase(), "Anderes-Passwort-1"));
        assertThat(Browser.location(again)).as("no account enumeration").endsWith("/registrieren/gesendet");
        assertThat(mailTo(email)).contains("Sie haben schon ein Konto").contains("/passwort/vergessen");
        assertThat(browser.login(email, "Anderes-Passwort-1"))
                .as("password unchanged")
                .contains("fehler");
    }

    @Test
    void badInputShowsGermanMessagesNextToTheFieldsAndSavesNothing() throws Exception {
        String email = uniqueEmail();
        var res = new Browser(port)
                .submit(
                        "/registrieren",
                        "/registrieren",
                        Map.of(
                                "email", email,
                                "displayName", " ",
                                "password", "kurz",
                                "passwordRepeat", "anders"));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body())
                .contains("Bitte geben Sie einen Namen an.")
                .contains("Das Passwort muss mindestens 10 Zeichen lang sein.")
                .contains("Die beiden Passwörter stimmen nicht überein.")
                .contains("Bitte stimmen Sie der Datenschutzerklärung zu")
                .contains("aria-describedby=\"displayName-error\"")
                .contains("id=\"displayName-error\"");
        assertThat(people.exists(email)).isFalse();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void passwordResetByMail() throws Exception {
        String email = uniqueEmail();
        Browser browser = new Browser(port);
        browser.submit("/registrieren", "/registrieren", registration(email, "Ein-sicheres-Passwort"));
        browser.get(link(mailTo(email), "/bestaetigen"));
        greenMail.reset();

        var res = browser.submit("/passwort/vergessen", "/passwort/vergessen", Map.of("email", email));
        assertThat(Browser.location(res)).endsWith("/passwort/vergessen?gesendet");
        var unknown =
                browser.submit("/passwort/vergessen", "/passwort/vergessen", Map.of("email", "niemand@example.org"));
        assertThat(Browser.location(unknown))
                .as("same answer for unknown addresses")
                .isEqualTo(Browser.location(res));

        String resetLink = link(mailTo(email), "/passwort/neu");
        String token = resetLink.substring(resetLink.indexOf('=') + 1);
        var set = browser.submit(
                resetLink,
                "/passwort/neu",
                Map.of("token", token, "password", "Neues-Passwort-123", "passwordRepeat", "Neues-Passwort-123"));
        assertThat(Browser.location(set)).endsWith("/anmelden");
        assertThat(new Browser(port).login(email, "Ein-sicheres-Passwort")).contains("fehler");
        assertThat(new Browser(port).login(email, "Neues-Passwort-123")).doesNotContain("fehler");
        assertThat(browser.get(resetLink).body()).as("used up").contains("ungültig, schon benutzt");
    }

    @Test
    void passwordResetAlsoConfirmsAPendingAccount() throws Exception {
        String email = uniqueEmail();
        Browser browser = new Browser(port);
        browser.submit("/registrieren", "/registrieren", registration(email, "Ein-sicheres-Passwort"));
        String confirmLink = link(mailTo(email), "/bestaetigen");
        greenMail.reset();

        browser.submit("/passwort/vergessen", "/passwort/vergessen", Map.of("email", email));
        String resetLink = link(mailTo(email), "/passwort/neu");
        browser.submit(
                resetLink,
                "/passwort/neu",
                Map.of(
                        "token", resetLink.substring(resetLink.indexOf('=') + 1),
                        "password", "Neues-Passwort-123",
                        "passwordRepeat", "Neues-Passwort-123"));
        assertThat(new Browser(port).login(email, "Neues-Passwort-123")).doesNotContain("fehler");
        assertThat(Browser.location(browser.get(confirmLink)))
                .as("the old confirmation link does no harm")
                .endsWith("/anmelden");
    }
}
