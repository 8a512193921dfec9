package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A date poll: propose, answer, results table, one click to a meeting that notifies everyone. */
@GemeinsinnTest
class PollTests extends MeetingsTestSupport {

    @Autowired
    PollStore polls;

    int queued(UUID subject, String kind) {
        return jdbc.sql("SELECT count(*) FROM meetings.notification WHERE subject_id = ? AND kind = ?")
                .params(subject, kind)
                .query(Integer.class)
                .single();
    }

    @Test
    void pollBecomesAMeetingWithOneClick() throws Exception {
        Crew crew = crew(GroupVisibility.INTERNAL);
        String base = crew.group().url() + "/terminumfragen";
        String bad = mvc.perform(post(base + "/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "Herbst")
                        .param("place", "Rathaus")
                        .param("onlineUrl", "")
                        .param("day", "2031-09-01", "2031-09-02")
                        .param("from", "18:00", "19:00")
                        .param("until", "20:00", "18:00"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad).contains("Mindestens ein Terminvorschlag ist unvollständig");
        assertThat(polls.ofGroup(crew.group().id())).isEmpty();

        var res = mvc.perform(post(base + "/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "Herbst")
                        .param("place", "Rathaus")
                        .param("onlineUrl", "")
                        .param("day", "2031-09-01", "2031-09-02", "", "", "", "")
                        .param("from", "18:00", "19:00", "", "", "", "")
                        .param("until", "20:00", "21:00", "", "", "", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        DatePoll poll = polls.ofGroup(crew.group().id()).get(0);
        assertThat(poll.options()).hasSize(2);
        assertThat(res.getResponse().getRedirectedUrl()).endsWith(poll.id().toString());
        assertThat(queued(poll.id(), "POLL")).isEqualTo(2);
        UUID first = poll.options().get(0).id();
        UUID second = poll.options().get(1).id();

        String url = base + "/" + poll.id();
        mvc.perform(post(url + "/antworten")
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("answer-" + first, "NO")
                        .param("answer-" + second, "YES"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/antworten")
                        .with(as(crew.guest()))
                        .with(csrf())
                        .param("answer-" + first, "YES")
                        .param("answer-" + second, "IF_NEED_BE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/antworten").with(as(crew.lead())).with(csrf()).param("answer-" + first, "YES"))
                .andExpect(status().is3xxRedirection());
        assertThat(polls.answers(poll.id()).getOrDefault(second, java.util.Map.of()))
                .doesNotContainKey(crew.lead().personId());
        mvc.perform(post(url + "/antworten")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("answer-" + first, "IF_NEED_BE")
                        .param("answer-" + second, "YES"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get(url).with(as(crew.member())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<caption>Antworten der Mitglieder je vorgeschlagenem Termin</caption>")
                .contains("scope=\"row\"")
                .contains("wenn nötig")
                .contains("2 ja, 1 wenn nötig, 0 nein")
                .contains("Beste Wahl");
        List<PollService.Tally> tally = PollService.tally(poll, polls.answers(poll.id()));
        assertThat(tally.stream()
                        .filter(PollService.Tally::best)
                        .findFirst()
                        .orElseThrow()
                        .option()
                        .id())
                .isEqualTo(second);

        mvc.perform(post(url + "/festlegen")
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("optionId", second.toString()))
                .andExpect(status().isForbidden());
        var scheduled = mvc.perform(post(url + "/festlegen")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("optionId", second.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        DatePoll closed = polls.find(poll.id()).orElseThrow();
        assertThat(closed.open()).isFalse();
        Meeting m = meetings.find(closed.meetingId()).orElseThrow();
        assertThat(m.startsAt()).isEqualTo(poll.options().get(1).startsAt());
        assertThat(m.title()).isEqualTo("Herbst");
        assertThat(scheduled.getResponse().getRedirectedUrl()).endsWith(m.id().toString());
        assertThat(queued(m.id(), "SCHEDULED")).isEqualTo(2);
        // a second click changes nothing
        mvc.perform(post(url + "/festlegen").with(as(crew.lead())).with(csrf()).param("optionId", first.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM meetings.meeting WHERE group_id = ?")
                        .param(crew.group().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // outsiders do not see the poll of an internal group
        mvc.perform(get(url).with(as(person("Fremd")))).andExpect(status().isForbidden());
    }
}
