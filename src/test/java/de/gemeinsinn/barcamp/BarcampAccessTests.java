package de.gemeinsinn.barcamp;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.support.GemeinsinnTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, per role, over HTTP: anonymous visitors, a registered participant, a signed-in
 * person without registration, another city's coordinator, the organiser (Bottrop's coordinator
 * for a Bottrop city event) and a network admin.
 */
@GemeinsinnTest
class BarcampAccessTests extends BarcampTestSupport {

    Camp camp;
    TestPerson participant;
    TestPerson stranger;
    TestPerson otherCoordinator;
    UUID session;

    @BeforeEach
    void setUp() {
        camp = camp("Zugriffstest");
        grid(camp, 2, 2);
        participant = person("Pia Teilnehmerin");
        register(camp, participant.name(), participant.email());
        stranger = person("Sven Fremd");
        otherCoordinator = person("Olga Essen", new ScopedRole(Role.CITY_COORDINATOR, "essen"));
        session = service.quickAdd(camp, "Vorhandene Session", Viewer.ANONYMOUS);
    }

    String url(String rest) {
        return camp.url() + rest;
    }

    Web as(TestPerson p) throws Exception {
        return web().login(p.email(), PASSWORD);
    }

    Web erika() throws Exception {
        return web().login("erika.mustermann@example.org", DEMO_PASSWORD);
    }

    Web admin() throws Exception {
        return web().login("admin@gemeinsinn.test", "Admin-Passwort-123");
    }

    static void denied(HttpResponse<String> res) {
        if (res.statusCode() == 302) {
            assertThat(Web.location(res)).as("anonymous → login").contains("/anmelden");
        } else {
            assertThat(res.statusCode()).isEqualTo(403);
        }
    }

    int sessions() {
        return repo.sessions(camp.id()).size();
    }

    Map<String, String> proposal(String title) {
        return Map.of("title", title, "description", "", "hostNames", "", "hostVisibility", "ALL");
    }

    void checkDeniedEverywhere(Web web) throws Exception {
        denied(web.get(url("/vorschlagen")));
        denied(web.post(url("/vorschlagen"), proposal("Darf nicht")));
        denied(web.post(url("/sessions/" + session + "/interesse"), Map.of("on", "true")));
        denied(web.post(url("/sessions/" + session + "/merken"), Map.of("on", "true")));
        denied(web.get(url("/mein-plan")));
        denied(web.post(
                url("/mein-plan/abwesend"), Map.of("slot", UUID.randomUUID().toString())));
        denied(web.get(url("/orga")));
        denied(web.get(url("/planung")));
        denied(web.post(url("/orga/phase"), Map.of("phase", "DONE")));
        denied(web.post(url("/orga/schnell"), Map.of("title", "Darf nicht")));
        denied(web.post(url("/planung/berechnen"), Map.of()));
        denied(web.post(url("/planung/anheften"), Map.of("session", session.toString(), "on", "true")));
        denied(web.post(url("/planung/veroeffentlichen"), Map.of("on", "true")));
        denied(web.get(url("/sessions/" + session + "/doku")));
        denied(web.post(url("/sessions/" + session + "/doku"), Map.of("notes", "x", "results", "", "version", "0")));
        denied(web.get(url("/board")));
        assertThat(sessions()).isEqualTo(1);
        assertThat(reload(camp).phase()).isEqualTo(Phase.PROPOSALS);
        assertThat(repo.voteCounts(camp.id())).isEmpty();
        assertThat(repo.awayByRegistration(camp.id())).isEmpty();
        assertThat(repo.session(session).orElseThrow().notes()).isEmpty();
    }

    @Test
    void anonymousVisitorsSeeTheOverviewButCannotActOrSeeProposals() throws Exception {
        Web web = web();
        HttpResponse<String> overview = web.get(url(""));
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).doesNotContain("Vorhandene Session").contains("Persönlichen Link anfordern");
        checkDeniedEverywhere(web);
    }

    @Test
    void signedInPeopleWithoutRegistrationAreRefused() throws Exception {
        checkDeniedEverywhere(as(stranger));
    }

    @Test
    void anotherCitysCoordinatorIsRefused() throws Exception {
        checkDeniedEverywhere(as(otherCoordinator));
    }

    @Test
    void registeredParticipantsProposeVoteAndDocumentButDoNotPlan() throws Exception {
        Web web = as(participant);
        HttpResponse<String> form = web.get(url("/vorschlagen"));
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> proposed = web.post(url("/vorschlagen"), proposal("Vom Handy vorgeschlagen"));
        assertThat(proposed.statusCode()).isEqualTo(302);
        assertThat(sessions()).isEqualTo(2);
        Session mine = repo.sessions(camp.id()).stream()
                .filter(s -> s.title().equals("Vom Handy vorgeschlagen"))
                .findFirst()
                .orElseThrow();
        assertThat(mine.proposerPersonId()).isEqualTo(participant.id());

        assertThat(web.post(url("/sessions/" + session + "/interesse"), Map.of("on", "true"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(repo.voteCounts(camp.id())).containsEntry(session, 1);
        // htmx gets the updated card only
        assertThat(web.get(url("")).body()).contains("1 interessiert");

        assertThat(web.post(
                                url("/sessions/" + session + "/doku"),
                                Map.of("notes", "Mitschrift", "results", "", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(repo.session(session).orElseThrow().notes()).isEqualTo("Mitschrift");

        assertThat(web.get(url("/planung")).statusCode()).isEqualTo(403);
        assertThat(web.get(url("/orga")).statusCode()).isEqualTo(403);
        assertThat(web.post(url("/orga/phase"), Map.of("phase", "DONE")).statusCode())
                .isEqualTo(403);
        assertThat(web.post(url("/planung/anheften"), Map.of("session", session.toString(), "on", "true"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(web.post(url("/planung/berechnen"), Map.of()).statusCode()).isEqualTo(403);
        assertThat(reload(camp).phase()).isEqualTo(Phase.PROPOSALS);
    }

    @Test
    void theOrganiserSetsUpAndPlansButCannotVoteWithoutRegistration() throws Exception {
        Web web = erika();
        assertThat(web.get(url("/orga")).statusCode()).isEqualTo(200);
        assertThat(web.post(url("/orga/schnell"), Map.of("title", "Gepitcht")).statusCode())
                .isEqualTo(302);
        assertThat(sessions()).isEqualTo(2);
        assertThat(web.post(url("/orga/phase"), Map.of("phase", "PLANNING")).statusCode())
                .isEqualTo(302);
        assertThat(reload(camp).phase()).isEqualTo(Phase.PLANNING);
        assertThat(web.get(url("/planung")).statusCode()).isEqualTo(200);
        assertThat(web.post(url("/sessions/" + session + "/interesse"), Map.of("on", "true"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(web.post(
                                url("/sessions/" + session + "/doku"),
                                Map.of("notes", "Orga-Notiz", "results", "", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(repo.session(session).orElseThrow().notes()).isEqualTo("Orga-Notiz");
    }

    @Test
    void networkAdminsOrganiseEveryBarcamp() throws Exception {
        Web web = admin();
        assertThat(web.get(url("/planung")).statusCode()).isEqualTo(200);
        assertThat(web.post(url("/orga/phase"), Map.of("phase", "VOTING")).statusCode())
                .isEqualTo(302);
        assertThat(reload(camp).phase()).isEqualTo(Phase.VOTING);
    }

    @Test
    void participantsWithoutAccountTakePartThroughTheirPersonalLink() throws Exception {
        String email = "gast-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID registration = register(camp, "Gerd Gast", email);
        // the token only ever goes out by mail; the test creates one the same way
        String token = BarcampService.newToken() + BarcampService.newToken();
        repo.insertAccessLink(
                GuestAccess.hash(token),
                camp.id(),
                registration,
                email,
                null,
                java.time.Instant.now().plusSeconds(3600));

        Web guest = web();
        denied(guest.post(url("/sessions/" + session + "/interesse"), Map.of("on", "true")));
        HttpResponse<String> opened = guest.get("/barcamp/zugang/" + token);
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(guest.get(url("")).body()).contains("Gerd Gast").contains("Vorhandene Session");
        assertThat(guest.post(url("/sessions/" + session + "/interesse"), Map.of("on", "true"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(repo.voteCounts(camp.id())).containsEntry(session, 1);
        assertThat(guest.post(url("/vorschlagen"), proposal("Ohne Konto vorgeschlagen"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(sessions()).isEqualTo(2);
        // still no organiser rights
        denied(guest.get(url("/planung")));
        // a wrong or guessed link gives nothing
        assertThat(web().get("/barcamp/zugang/" + BarcampService.newToken() + "xyzxyz")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void requestingALinkNeverRevealsWhetherSomeoneIsRegistered() throws Exception {
        Web web = web();
        HttpResponse<String> known = web.post(url("/zugang"), url("/zugang"), Map.of("email", participant.email()));
        HttpResponse<String> unknown = web.post(url("/zugang"), url("/zugang"), Map.of("email", "niemand@example.org"));
        assertThat(known.statusCode()).isEqualTo(302);
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(Web.location(known)).isEqualTo(Web.location(unknown));
        HttpResponse<String> again = web.post(url("/zugang"), url("/zugang"), Map.of("email", participant.email()));
        assertThat(Web.location(again)).isEqualTo(Web.location(known));
        assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql(
                                "SELECT count(*) FROM barcamp.access_link WHERE barcamp_id = ? AND lower(email) = lower(?)")
                        .params(camp.id(), participant.email())
                        .query(Integer.class)
                        .single())
                .as("a second request within minutes mails no second link")
                .isEqualTo(1);
        HttpResponse<String> invalid = web.post(url("/zugang"), url("/zugang"), Map.of("email", "kein-at"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("gültige E-Mail-Adresse").contains("aria-invalid=\"true\"");
    }
}
