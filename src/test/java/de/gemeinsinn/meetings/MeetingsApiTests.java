package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** The JSON API: create with the right token (201), problem+json for 400/401/403/404, reads with visibility. */
@GemeinsinnTest
class MeetingsApiTests extends MeetingsTestSupport {

    MockHttpServletResponse call(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r, String token)
            throws Exception {
        if (token != null) {
            r = r.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(r).andReturn().getResponse();
    }

    static final String BODY = """
            {"startsAt": "2031-05-06T18:00:00+02:00", "endsAt": "2031-05-06T20:00", "place": "Rathaus Bottrop",
             "agenda": ["Begrüßung", "Haushalt"]}
            """;

    @Test
    void leadsCreateMeetingsOthersGetProblems() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        String url = "/api/v1/groups/" + crew.group().id() + "/meetings";
        var created = call(post(url).contentType(MediaType.APPLICATION_JSON).content(BODY), token(crew.lead()));
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeader("Location")).contains(crew.group().url() + "/treffen/");
        assertThat(created.getContentAsString())
                .contains("\"startsAt\":\"2031-05-06T18:00:00+02:00\"")
                .contains("\"endsAt\":\"2031-05-06T20:00:00+02:00\"")
                .contains("\"agenda\":[\"Begrüßung\",\"Haushalt\"]");

        var coordinator =
                call(post(url).contentType(MediaType.APPLICATION_JSON).content(BODY), token(coordinator("bottrop")));
        assertThat(coordinator.getStatus()).isEqualTo(201);

        var none = call(post(url).contentType(MediaType.APPLICATION_JSON).content(BODY), null);
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getContentType()).contains("application/problem+json");

        var member = call(post(url).contentType(MediaType.APPLICATION_JSON).content(BODY), token(crew.member()));
        assertThat(member.getStatus()).isEqualTo(403);
        assertThat(member.getContentAsString()).contains("Keine Berechtigung");
        var other =
                call(post(url).contentType(MediaType.APPLICATION_JSON).content(BODY), token(coordinator("bocholt")));
        assertThat(other.getStatus()).isEqualTo(403);

        var bad = call(
                post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"startsAt\": \"morgen\", \"endsAt\": \"2031-05-06T17:00:00+02:00\", \"place\": \"\", \"onlineUrl\": \"ftp://x\"}"),
                token(crew.lead()));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).contains("application/problem+json");
        assertThat(bad.getContentAsString())
                .contains("\"startsAt\":\"Bitte geben Sie die Zeit im Format")
                .contains("\"onlineUrl\":\"Bitte geben Sie einen vollständigen Link an");

        var unknown = call(
                post("/api/v1/groups/" + UUID.randomUUID() + "/meetings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY),
                token(crew.lead()));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Diese Arbeitsgruppe gibt es nicht.");
        assertThat(jdbc.sql("SELECT count(*) FROM meetings.meeting WHERE group_id = ?")
                        .param(crew.group().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void readsRespectVisibilityAndFilterActionsByStatus() throws Exception {
        Crew crew = crew(GroupVisibility.INTERNAL);
        meeting(crew.group(), 4, "Internes API-Treffen", "Punkt A");
        work.insertAction(
                crew.group().id(),
                "Offene API-Aufgabe",
                crew.member().personId(),
                Berlin.today().minusDays(1),
                null,
                null,
                null);
        ActionItem done = work.insertAction(crew.group().id(), "Erledigte API-Aufgabe", null, null, null, null, null);
        work.setActionStatus(done.id(), WorkStatus.DONE);
        work.insertDecision(
                crew.group().id(),
                "Wir testen die API.",
                DecisionMethod.VOTE,
                5,
                0,
                1,
                WorkStatus.OPEN,
                null,
                Berlin.today(),
                null);
        String base = "/api/v1/groups/" + crew.group().id();

        assertThat(call(get(base + "/meetings"), null).getStatus()).isEqualTo(401);
        assertThat(call(get(base + "/decisions"), token(person("Fremd"))).getStatus())
                .isEqualTo(403);
        String token = token(crew.guest());
        assertThat(call(get(base + "/meetings"), token).getContentAsString())
                .contains("Internes API-Treffen")
                .contains("Punkt A")
                .contains("\"onlineUrl\":\"https://meet.example.org/x\"");
        assertThat(call(get(base + "/decisions"), token).getContentAsString())
                .contains("\"number\":1")
                .contains("\"votes\":{\"yes\":5,\"no\":0,\"abstain\":1}");
        String open = call(get(base + "/actions?status=open"), token).getContentAsString();
        assertThat(open)
                .contains("Offene API-Aufgabe")
                .contains("\"overdue\":true")
                .contains("Max Mitglied")
                .doesNotContain("Erledigte API-Aufgabe");
        assertThat(call(get(base + "/actions?status=done"), token).getContentAsString())
                .contains("Erledigte API-Aufgabe");
        var invalid = call(get(base + "/actions?status=irgendwas"), token);
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentAsString()).contains("Unbekannter Status");
    }

    @Test
    void publicGroupsAreReadableWithoutTokenButHideOnlineLinks() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        meeting(crew.group(), 4, "Offenes API-Treffen");
        String json = call(get("/api/v1/groups/" + crew.group().id() + "/meetings"), null)
                .getContentAsString();
        assertThat(json).contains("Offenes API-Treffen").doesNotContain("meet.example.org");
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/groups/{id}/meetings").contains("/api/v1/groups/{id}/calendar.ics");
    }
}
