package de.gemeinsinn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@GemeinsinnTest
class RoleAdministrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RoleGrants grants;

    @Autowired
    People people;

    Browser admin() throws Exception {
        Browser browser = new Browser(port);
        assertThat(browser.login("admin@gemeinsinn.test", "Admin-Passwort-123")).doesNotContain("fehler");
        return browser;
    }

    @Test
    void networkAdminGrantsAndRevokesRoles() throws Exception {
        Person person = new TestPeople(context).create("Rolf Rolle");
        Browser admin = admin();
        assertThat(Browser.location(admin.get("/admin"))).endsWith("/admin/personen");
        assertThat(admin.get("/admin/personen?q=Rolf").body()).contains("Rolf Rolle");

        String page = "/admin/personen/" + person.id();
        var granted = admin.submit(page, page + "/rollen", Map.of("role", "ORG_MANAGER", "scope", "tafel-bottrop"));
        assertThat(Browser.location(granted)).endsWith(page);
        assertThat(grants.rolesOf(person.id())).contains(new ScopedRole(Role.ORG_MANAGER, "tafel-bottrop"));

        var bad = admin.submit(page, page + "/rollen", Map.of("role", "NETWORK_ADMIN", "scope", "bottrop"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Dieser Bereich passt nicht zur Rolle").contains("id=\"scope-error\"");
        var unknownRole = admin.submit(page, page + "/rollen", Map.of("role", "KAISER", "scope", ""));
        assertThat(unknownRole.body()).contains("Bitte wählen Sie eine Rolle.");

        admin.submit(page, page + "/rollen/entziehen", Map.of("role", "ORG_MANAGER", "scope", "tafel-bottrop"));
        assertThat(grants.rolesOf(person.id())).isEmpty();
    }

    @Test
    void onlyNetworkAdminsSeeThePeopleList() throws Exception {
        Browser erika = new Browser(port);
        erika.login("erika.mustermann@example.org", "Demo-Passwort-2026");
        assertThat(erika.get("/admin/personen").statusCode()).isEqualTo(403);
        assertThat(new Browser(port).get("/admin/personen").statusCode())
                .as("anonymous: to the login")
                .isEqualTo(302);
    }

    @Test
    void coordinatorsManageOnlyTheirOwnCity() throws Exception {
        Person newcomer = new TestPeople(context).create("Nora Neu");
        Person essen = new TestPeople(context).create("Egon Essen", new ScopedRole(Role.CITY_COORDINATOR, "essen"));

        Browser other = new Browser(port);
        other.login(essen.email(), TestPeople.PASSWORD);
        assertThat(other.get("/admin/staedte/bottrop/koordination").statusCode())
                .isEqualTo(403);
        var refused = other.submit(
                "/admin/staedte/essen/koordination",
                "/admin/staedte/bottrop/koordination",
                Map.of("email", newcomer.email()));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(grants.rolesOf(newcomer.id())).isEmpty();

        Browser erika = new Browser(port);
        erika.login("erika.mustermann@example.org", "Demo-Passwort-2026");
        var added = erika.submit(
                "/admin/staedte/bottrop/koordination",
                "/admin/staedte/bottrop/koordination",
                Map.of("email", newcomer.email()));
        assertThat(Browser.location(added)).endsWith("/admin/staedte/bottrop/koordination");
        assertThat(grants.rolesOf(newcomer.id())).containsExactly(new ScopedRole(Role.CITY_COORDINATOR, "bottrop"));

        erika.submit(
                "/admin/staedte/bottrop/koordination",
                "/admin/staedte/bottrop/koordination/entziehen",
                Map.of("person", newcomer.id().toString()));
        assertThat(grants.rolesOf(newcomer.id())).isEmpty();
    }

    @Test
    void invitationByMailCreatesTheAccountWithTheRole() throws Exception {
        String email = "eingeladen-" + System.nanoTime() + "@example.org";
        admin().submit(
                        "/admin/personen",
                        "/admin/einladungen",
                        Map.of("email", email, "role", "GROUP_LEAD", "scope", "ag-demokratie"))
                .statusCode();
        String mail = RegistrationTests.mailTo(greenMail, email);
        assertThat(mail).contains("Einladung zu Gemeinsinn").contains("Gruppenleitung ag-demokratie");
        String link = RegistrationTests.link(mail, "/einladung");
        String token = link.substring(link.indexOf('=') + 1);

        Browser guest = new Browser(port);
        assertThat(guest.get(link).body()).contains("Gruppenleitung");
        var accepted = guest.submit(
                link,
                "/einladung",
                Map.of(
                        "token", token,
                        "displayName", "Gerd Gruppe",
                        "password", "Gruppen-Passwort-1",
                        "passwordRepeat", "Gruppen-Passwort-1",
                        "privacyConsent", "true"));
        assertThat(Browser.location(accepted)).endsWith("/anmelden");
        Person gerd = people.byEmail(email).orElseThrow();
        assertThat(gerd.isActive()).isTrue();
        assertThat(grants.rolesOf(gerd.id())).containsExactly(new ScopedRole(Role.GROUP_LEAD, "ag-demokratie"));
        assertThat(guest.get(link).body()).as("used once").contains("funktioniert nicht");
    }

    @Test
    void existingPeopleAcceptInvitationsAfterLogin() throws Exception {
        Person person = new TestPeople(context).create("Olga Org");
        Browser erika = new Browser(port);
        erika.login("erika.mustermann@example.org", "Demo-Passwort-2026");
        // an unknown address would get an invitation; a known one gets the role directly,
        // so the network admin invites here
        admin().submit(
                        "/admin/personen",
                        "/admin/einladungen",
                        Map.of("email", person.email(), "role", "ORG_MANAGER", "scope", "buergerstiftung"));
        String link = RegistrationTests.link(RegistrationTests.mailTo(greenMail, person.email()), "/einladung");
        String token = link.substring(link.indexOf('=') + 1);

        Browser browser = new Browser(port);
        var toLogin = browser.get("/einladung/annehmen?token=" + token);
        assertThat(Browser.location(toLogin)).endsWith("/anmelden");
        String back = browser.login(person.email(), TestPeople.PASSWORD);
        assertThat(back).contains("/einladung/annehmen");
        var accepted = browser.submit(link, "/einladung/annehmen", Map.of("token", token));
        assertThat(Browser.location(accepted)).endsWith("/konto");
        assertThat(browser.get("/konto").body()).contains("Organisationsverwaltung");
        assertThat(erika.get("/admin/personen").statusCode()).isEqualTo(403);
    }

    @Test
    void coordinatorsInviteUnknownAddressesForTheirCity() throws Exception {
        String email = "koordination-" + System.nanoTime() + "@example.org";
        Browser erika = new Browser(port);
        erika.login("erika.mustermann@example.org", "Demo-Passwort-2026");
        var sent = erika.submit(
                "/admin/staedte/bottrop/koordination", "/admin/staedte/bottrop/koordination", Map.of("email", email));
        assertThat(Browser.location(sent)).endsWith("/admin/staedte/bottrop/koordination");
        assertThat(erika.get("/admin/staedte/bottrop/koordination").body()).contains("Die Einladung ist verschickt.");
        assertThat(RegistrationTests.mailTo(greenMail, email))
                .contains("Erika Mustermann")
                .contains("Stadtkoordination bottrop")
                .contains("/einladung?token=");
    }
}
