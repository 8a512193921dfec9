package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.groups.GroupRole;
import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every feed is parsed with biweekly: stable UIDs, SEQUENCE, STATUS:CANCELLED, VTIMEZONE Europe/Berlin. */
@GemeinsinnTest
class CalendarTests extends MeetingsTestSupport {

    @Autowired
    MeetingCalendars calendars;

    static ICalendar parse(String ics) {
        List<ICalendar> all = Biweekly.parse(ics).all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    static VEvent event(ICalendar cal, String uid) {
        return cal.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(uid))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void groupFeedHasStableUidsSequenceCancellationAndBerlinTime() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        UUID id = meeting(crew.group(), 10, "Feedtreffen");
        String url = "/api/v1/groups/" + crew.group().id() + "/calendar.ics";
        var res = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(res.getContentType()).startsWith("text/calendar");
        String ics = res.getContentAsString();
        assertThat(ics)
                .contains("BEGIN:VTIMEZONE")
                .contains("TZID:Europe/Berlin")
                .contains("DTSTART;TZID=Europe/Berlin:");
        ICalendar cal = parse(ics);
        assertThat(cal.getTimezoneInfo().getComponents()).isNotEmpty();
        VEvent e = event(cal, calendars.uid(id));
        assertThat(e.getSummary().getValue()).contains("Feedtreffen");
        assertThat(e.getSequence().getValue()).isZero();
        assertThat(e.getDateStart().getValue().toInstant())
                .isEqualTo(meetings.find(id).orElseThrow().startsAt());

        mvc.perform(post(crew.group().url() + "/treffen/" + id + "/absagen")
                        .with(as(crew.lead()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        ICalendar after = parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
        VEvent cancelled = event(after, calendars.uid(id));
        assertThat(cancelled.getSequence().getValue()).isEqualTo(1);
        assertThat(cancelled.getStatus().isCancelled()).isTrue();
    }

    @Test
    void internalGroupFeedNeedsAnAllowedToken() throws Exception {
        Crew crew = crew(GroupVisibility.INTERNAL);
        meeting(crew.group(), 3, "Geheimes Treffen");
        String url = "/api/v1/groups/" + crew.group().id() + "/calendar.ics";
        var anonymous = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentType()).contains("application/problem+json");
        assertThat(anonymous.getContentAsString()).contains("Zugangstoken").doesNotContain("Geheimes Treffen");
        assertThat(mvc.perform(get(url).header("Authorization", "Bearer " + token(person("Fremd"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        String ics = mvc.perform(get(url).header("Authorization", "Bearer " + token(crew.member())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(parse(ics).getEvents()).hasSize(1);
    }

    @Test
    void personalFeedBehindASecretRevocableUrlWithAllMyMeetings() throws Exception {
        Crew crew = crew(GroupVisibility.INTERNAL);
        GroupRef second = group("Zweite Gruppe", null, GroupVisibility.PUBLIC);
        GemeinsinnUser me = crew.member();
        member(second, me, GroupRole.GUEST);
        UUID a = meeting(crew.group(), 2, "Intern A");
        UUID b = meeting(second, 4, "Netzwerk B");
        meeting(group("Fremde Gruppe", "bottrop", GroupVisibility.PUBLIC), 4, "Nicht meins");

        mvc.perform(post("/konto/benachrichtigungen/kalender").with(as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> {
                    String feedUrl = (String) result.getFlashMap().get("feedUrl");
                    Matcher m = Pattern.compile("/kalender/([A-Za-z0-9_-]{43})\\.ics$")
                            .matcher(feedUrl);
                    assertThat(m.find()).isTrue();
                    token = m.group(1);
                });
        assertThat(jdbc.sql("SELECT token_hash FROM meetings.calendar_feed WHERE person_id = ?")
                        .param(me.personId())
                        .query(String.class)
                        .single())
                .as("only the hash is stored")
                .isEqualTo(CalendarFeeds.hash(token))
                .isNotEqualTo(token);
        String ics = mvc.perform(get("/kalender/" + token + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        ICalendar cal = parse(ics);
        assertThat(cal.getEvents())
                .extracting(e -> e.getUid().getValue())
                .containsExactlyInAnyOrder(calendars.uid(a), calendars.uid(b));
        assertThat(mvc.perform(get("/kalender/" + token + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("unchanged: the same feed again")
                .isEqualTo(ics);
        mvc.perform(post(crew.group().url() + "/treffen/" + a + "/absagen")
                        .with(as(crew.lead()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        VEvent cancelled = event(
                parse(mvc.perform(get("/kalender/" + token + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()),
                calendars.uid(a));
        assertThat(cancelled.getStatus().isCancelled())
                .as("a change reaches a feed that was served before")
                .isTrue();
        assertThat(cancelled.getSequence().getValue()).isEqualTo(1);
        String settings = mvc.perform(get("/konto/benachrichtigungen").with(as(me)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(settings).contains("Ein Kalender-Link ist aktiv.").doesNotContain(token);

        String old = token;
        mvc.perform(post("/konto/benachrichtigungen/kalender").with(as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/kalender/" + old + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        mvc.perform(post("/konto/benachrichtigungen/kalender/widerrufen")
                        .with(as(me))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM meetings.calendar_feed WHERE person_id = ?")
                        .param(me.personId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    String token;
}
