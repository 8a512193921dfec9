package de.gemeinsinn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

@GemeinsinnTest
class MyDataTests {

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportContainsEverythingAboutMe() throws Exception {
        Person person = new TestPeople(context).create("Doris Daten", new ScopedRole(Role.CITY_COORDINATOR, "bottrop"));
        Browser browser = new Browser(port);
        browser.login(person.email(), TestPeople.PASSWORD);
        browser.submit("/konto/tokens", "/konto/tokens", Map.of("name", "Export-Test", "expiresOn", ""));

        var res = browser.get("/konto/daten/export.json");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        assertThat(res.body())
                .contains("\"accounts\"")
                .contains(person.email())
                .contains("Doris Daten")
                .contains("CITY_COORDINATOR")
                .contains("loginHistory")
                .contains("datenschutz-2026-01")
                .contains("Export-Test")
                .doesNotContain("password")
                .doesNotContain("$argon2");
    }

    @Test
    void wrongPasswordDeletesNothing() throws Exception {
        Person person = new TestPeople(context).create("Vera Vorsicht");
        Browser browser = new Browser(port);
        browser.login(person.email(), TestPeople.PASSWORD);
        var res = browser.submit("/konto/daten", "/konto/loeschen", Map.of("password", "falsches-Passwort"));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("Das Passwort ist nicht richtig.").contains("id=\"password-error\"");
        assertThat(people.byId(person.id())).isPresent();
    }

    @Test
    void erasureRemovesThePersonEndsSessionsAndTellsTheOtherModules() throws Exception {
        List<PersonErased> erased = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof PersonErased e) {
                erased.add(e);
            }
        };
        context.addApplicationListener(listener);
        try {
            Person person = new TestPeople(context).create("Leo Löschen");
            Browser second = new Browser(port);
            second.login(person.email(), TestPeople.PASSWORD);
            Browser browser = new Browser(port);
            browser.login(person.email(), TestPeople.PASSWORD);

            var res = browser.submit("/konto/daten", "/konto/loeschen", Map.of("password", TestPeople.PASSWORD));
            assertThat(Browser.location(res)).endsWith("/anmelden");
            assertThat(browser.get("/anmelden").body()).contains("Ihr Konto ist gelöscht.");

            assertThat(erased).containsExactly(new PersonErased(person.id()));
            assertThat(people.byId(person.id())).isEmpty();
            assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
                            .param(person.email())
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(second.get("/konto").statusCode())
                    .as("other sessions are gone too")
                    .isEqualTo(302);
            assertThat(new Browser(port).login(person.email(), TestPeople.PASSWORD))
                    .contains("fehler");
        } finally {
            context.removeApplicationListener(listener);
        }
    }
}
