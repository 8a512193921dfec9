package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what with an INTERNAL group's meetings, one request per role and page type:
 * anonymous, non-member, member, lead, the coordinator of ANOTHER city, the coordinator of this
 * city and a network admin. "login" means anonymous visitors are sent to the login page.
 */
@GemeinsinnTest
class MeetingsAccessMatrixTests extends MeetingsTestSupport {

    enum Who {
        ANONYMOUS,
        OUTSIDER,
        MEMBER,
        LEAD,
        OTHER_COORDINATOR,
        COORDINATOR,
        ADMIN
    }

    /** Expected outcome: ok (2xx/3xx other than login), forbidden (403) or login (redirect to /anmelden). */
    enum Outcome {
        OK,
        FORBIDDEN,
        LOGIN
    }

    String outcome(RequestBuilder request) throws Exception {
        var res = mvc.perform(request).andReturn().getResponse();
        if (res.getStatus() == 403) {
            return "FORBIDDEN";
        }
        if (res.getStatus() == 302
                && res.getRedirectedUrl() != null
                && res.getRedirectedUrl().contains("/anmelden")) {
            return "LOGIN";
        }
        if (res.getStatus() >= 200 && res.getStatus() < 400) {
            return "OK";
        }
        return "HTTP " + res.getStatus();
    }

    @Test
    void internalGroupPagesPerRole() throws Exception {
        Crew crew = crew(GroupVisibility.INTERNAL);
        Map<Who, GemeinsinnUser> people = new LinkedHashMap<>();
        people.put(Who.ANONYMOUS, null);
        people.put(Who.OUTSIDER, person("Außenstehende Person"));
        people.put(Who.MEMBER, crew.member());
        people.put(Who.LEAD, crew.lead());
        people.put(Who.OTHER_COORDINATOR, coordinator("bocholt"));
        people.put(Who.COORDINATOR, coordinator("bottrop"));
        people.put(Who.ADMIN, admin());

        List<String> problems = new ArrayList<>();
        for (Map.Entry<Who, GemeinsinnUser> e : people.entrySet()) {
            Who who = e.getKey();
            GemeinsinnUser user = e.getValue();
            UUID id = meeting(crew.group(), -1, "Internes Treffen", "Punkt");
            UUID item = agenda(id).get(0).id();
            ActionItem action = work.insertAction(
                    crew.group().id(), "Interne Aufgabe", crew.member().personId(), null, null, null, null);
            String base = crew.group().url() + "/treffen/" + id;
            boolean insider = who == Who.MEMBER || who == Who.LEAD || who == Who.COORDINATOR || who == Who.ADMIN;
            boolean manager = who == Who.LEAD || who == Who.COORDINATOR || who == Who.ADMIN;
            Outcome denied = user == null ? Outcome.LOGIN : Outcome.FORBIDDEN;

            check(problems, who, "meeting page", outcome(with(get(base), user)), insider ? Outcome.OK : denied);
            check(
                    problems,
                    who,
                    "meeting list",
                    outcome(with(get(crew.group().url() + "/treffen"), user)),
                    insider ? Outcome.OK : denied);
            check(
                    problems,
                    who,
                    "minutes form",
                    outcome(with(get(base + "/protokoll/" + item), user)),
                    insider ? Outcome.OK : denied);
            check(
                    problems,
                    who,
                    "minutes save",
                    outcome(with(
                            post(base + "/protokoll/" + item)
                                    .param("version", "0")
                                    .param("text", "Notiz " + who),
                            user)),
                    insider ? Outcome.OK : denied);
            check(
                    problems,
                    who,
                    "minutes approval",
                    outcome(with(post(base + "/protokoll/freigeben"), user)),
                    manager ? Outcome.OK : denied);
            check(
                    problems,
                    who,
                    "action page",
                    outcome(with(get(crew.group().url() + "/aufgaben/" + action.id()), user)),
                    insider ? Outcome.OK : denied);
            check(
                    problems,
                    who,
                    "action edit",
                    outcome(with(
                            post(crew.group().url() + "/aufgaben/" + action.id())
                                    .param("title", "Geändert von " + who)
                                    .param("ownerId", "")
                                    .param("dueOn", "")
                                    .param("status", "IN_PROGRESS")
                                    .param("meetingId", "")
                                    .param("decisionId", ""),
                            user)),
                    insider ? Outcome.OK : denied);
            check(
                    problems,
                    who,
                    "new meeting form",
                    outcome(with(get(crew.group().url() + "/treffen/neu"), user)),
                    manager ? Outcome.OK : denied);
            check(
                    problems,
                    who,
                    "new decision form",
                    outcome(with(get(crew.group().url() + "/beschluesse/neu"), user)),
                    manager ? Outcome.OK : denied);

            boolean saved = meetings.item(item).orElseThrow().minutes().equals("Notiz " + who);
            if (saved != insider) {
                problems.add(who + ": minutes saved=" + saved);
            }
            boolean edited = work.action(action.id()).orElseThrow().title().equals("Geändert von " + who);
            if (edited != insider) {
                problems.add(who + ": action edited=" + edited);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void guestsReadButDoNotWriteMinutesAndMayOnlyEditTheirOwnActions() throws Exception {
        Crew crew = crew(GroupVisibility.INTERNAL);
        UUID id = meeting(crew.group(), -1, "Treffen", "Punkt");
        UUID item = agenda(id).get(0).id();
        String base = crew.group().url() + "/treffen/" + id;
        assertThat(outcome(with(get(base), crew.guest()))).isEqualTo("OK");
        assertThat(outcome(with(get(base + "/protokoll/" + item), crew.guest())))
                .isEqualTo("FORBIDDEN");
        ActionItem own = work.insertAction(
                crew.group().id(), "Gast-Aufgabe", crew.guest().personId(), null, null, null, null);
        ActionItem other = work.insertAction(
                crew.group().id(), "Fremde Aufgabe", crew.member().personId(), null, null, null, null);
        assertThat(outcome(with(
                        post(crew.group().url() + "/aufgaben/" + own.id() + "/status")
                                .param("status", "DONE"),
                        crew.guest())))
                .isEqualTo("OK");
        assertThat(outcome(with(
                        post(crew.group().url() + "/aufgaben/" + other.id() + "/status")
                                .param("status", "DONE"),
                        crew.guest())))
                .isEqualTo("FORBIDDEN");
        assertThat(work.action(own.id()).orElseThrow().status()).isEqualTo(WorkStatus.DONE);
        assertThat(work.action(other.id()).orElseThrow().status()).isEqualTo(WorkStatus.OPEN);
    }

    @Test
    void publicGroupMeetingsAreReadableByEveryoneButManagedByManagersOnly() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        UUID id = meeting(crew.group(), 2, "Öffentliches Treffen", "Punkt");
        assertThat(outcome(get(crew.group().url() + "/treffen/" + id))).isEqualTo("OK");
        assertThat(outcome(get(crew.group().url() + "/beschluesse"))).isEqualTo("OK");
        assertThat(outcome(get(crew.group().url() + "/aufgaben"))).isEqualTo("OK");
        assertThat(outcome(get(crew.group().url() + "/treffen/neu"))).isEqualTo("LOGIN");
        assertThat(outcome(with(get(crew.group().url() + "/treffen/neu"), coordinator("bocholt"))))
                .isEqualTo("FORBIDDEN");
        assertThat(outcome(with(
                        get(crew.group().url() + "/treffen/" + id + "/protokoll/"
                                + agenda(id).get(0).id()),
                        person("Fremd"))))
                .isEqualTo("FORBIDDEN");
        assertThat(mvc.perform(get("/gruppen/gibt-es-nicht/treffen"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(crew.group().url() + "/treffen/" + UUID.randomUUID()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    static void check(List<String> problems, Who who, String page, String actual, Outcome expected) {
        if (!actual.equals(expected.name())) {
            problems.add(who + " / " + page + ": expected " + expected + " but was " + actual);
        }
    }

    static RequestBuilder with(MockHttpServletRequestBuilder request, GemeinsinnUser user) {
        MockHttpServletRequestBuilder r = request.with(csrf());
        return user == null ? r : r.with(as(user));
    }
}
