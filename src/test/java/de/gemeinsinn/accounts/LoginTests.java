package de.gemeinsinn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.support.GemeinsinnTest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@GemeinsinnTest
class LoginTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoCoordinatorCanLogInAndSeesHerRole() throws Exception {
        Browser browser = new Browser(port);
        assertThat(browser.login("erika.mustermann@example.org", "Demo-Passwort-2026"))
                .doesNotContain("fehler");
        assertThat(browser.get("/konto").body()).contains("Erika Mustermann").contains("Stadtkoordination");
    }

    @Test
    void fiveFailuresForOneAddressLockItForFifteenMinutes() throws Exception {
        Person person = new TestPeople(context).create("Gesa Gesperrt");
        for (int i = 1; i <= 5; i++) {
            // each attempt from another address, so only the per-e-mail limit applies
            String target = new Browser(port).from("198.51.100." + i).login(person.email(), "falsch-" + i);
            assertThat(target).endsWith("/anmelden?fehler");
        }
        Browser browser = new Browser(port).from("198.51.100.77");
        assertThat(browser.login(person.email(), TestPeople.PASSWORD))
                .as("even the right password is refused while locked")
                .endsWith("/anmelden?gesperrt");
        assertThat(browser.get("/anmelden?gesperrt").body()).contains("Zu viele fehlgeschlagene Anmeldeversuche");
        assertThat(new Browser(port).from("198.51.100.78").login("max.mustermann@example.org", "Demo-Passwort-2026"))
                .as("other people are not affected")
                .doesNotContain("gesperrt");
    }

    @Test
    void fiveFailuresFromOneIpAddressLockThatAddress() throws Exception {
        Person person = new TestPeople(context).create("Ida Immer");
        for (int i = 1; i <= 5; i++) {
            new Browser(port).from("203.0.113.9").login("raten-" + i + "@example.org", "falsch");
        }
        assertThat(new Browser(port).from("203.0.113.9").login(person.email(), TestPeople.PASSWORD))
                .endsWith("/anmelden?gesperrt");
        assertThat(new Browser(port).from("203.0.113.10").login(person.email(), TestPeople.PASSWORD))
                .doesNotContain("gesperrt")
                .doesNotContain("fehler");
    }

    @Test
    void sessionsLiveInPostgresSoEveryInstanceFindsThem() throws Exception {
        Person person = new TestPeople(context).create("Sven Sitzung");
        Browser browser = new Browser(port);
        browser.login(person.email(), TestPeople.PASSWORD);
        HttpResponse<String> page = browser.get("/konto");
        assertThat(page.statusCode()).isEqualTo(200);

        var row = jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = ?")
                .param(person.email())
                .query(String.class)
                .list();
        assertThat(row).as("the login session is stored in the shared table").hasSize(1);

        // a second "instance" only needs the cookie: the session is read back from the table
        String cookie =
                "GSESSION=" + Base64.getEncoder().encodeToString(row.get(0).getBytes());
        var other = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/konto"))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains("Sven Sitzung");
    }

    @Test
    void logoutNeedsCsrfAndEndsTheSession() throws Exception {
        Person person = new TestPeople(context).create("Lotte Logout");
        Browser browser = new Browser(port);
        browser.login(person.email(), TestPeople.PASSWORD);
        assertThat(browser.post("/abmelden", Map.of()).statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        var out = browser.submit("/konto", "/abmelden", Map.of());
        assertThat(Browser.location(out)).contains("abgemeldet");
        assertThat(browser.get("/konto").statusCode()).isEqualTo(302);
    }

    @Test
    void loginPageSpeaksEnglishToo() throws Exception {
        String page = new Browser(port).get("/anmelden?lang=en&fehler").body();
        assertThat(page).contains("Log in").contains("Login failed.").contains("aria-describedby=\"login-error\"");
    }
}
