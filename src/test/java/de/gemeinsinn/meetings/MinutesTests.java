package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Minutes written by several people: a conflicting save never loses text; approval publishes and locks. */
@GemeinsinnTest
class MinutesTests extends MeetingsTestSupport {

    @Test
    void aConflictingSaveShowsBothVersionsAndOverwritesNothing() throws Exception {
        Crew crew = crew(GroupVisibility.INTERNAL);
        UUID id = meeting(crew.group(), -1, "Protokolltreffen", "Haushalt");
        AgendaItem item = agenda(id).get(0);
        String url = crew.group().url() + "/treffen/" + id + "/protokoll/" + item.id();

        // both open the form at version 0
        String form = mvc.perform(get(url).with(as(crew.lead())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("name=\"version\" value=\"0\"");

        mvc.perform(post(url)
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("version", "0")
                        .param("text", "Text der Leitung: 300 Euro für Plakate."))
                .andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(post(url)
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("version", "0")
                        .param("text", "Text von Max: Plakate ab Mai."))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(conflict)
                .contains("Jemand hat dieses Protokoll inzwischen geändert")
                .contains("Text der Leitung: 300 Euro für Plakate.")
                .contains("Text von Max: Plakate ab Mai.")
                .contains("name=\"version\" value=\"1\"");
        assertThat(meetings.item(item.id()).orElseThrow().minutes())
                .isEqualTo("Text der Leitung: 300 Euro für Plakate.");

        // merging on the conflict page builds on version 1 and wins
        mvc.perform(post(url)
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("version", "1")
                        .param("text", "Text der Leitung: 300 Euro für Plakate.\nText von Max: Plakate ab Mai."))
                .andExpect(status().is3xxRedirection());
        AgendaItem saved = meetings.item(item.id()).orElseThrow();
        assertThat(saved.minutes()).contains("300 Euro").contains("ab Mai");
        assertThat(saved.minutesVersion()).isEqualTo(2);
        String page = mvc.perform(get(crew.group().url() + "/treffen/" + id).with(as(crew.lead())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Lea Leitung").contains("Max Mitglied");
    }

    @Test
    void tooLongMinutesAreRejectedWithAMessageAndNothingIsSaved() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        UUID id = meeting(crew.group(), -1, "Langes Protokoll", "Punkt");
        AgendaItem item = agenda(id).get(0);
        String url = crew.group().url() + "/treffen/" + id + "/protokoll/" + item.id();
        String html = mvc.perform(post(url)
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("version", "0")
                        .param("text", "x".repeat(50_001)))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("höchstens 50.000 Zeichen");
        assertThat(meetings.item(item.id()).orElseThrow().minutesVersion()).isZero();
    }

    @Test
    void aLeadApprovesThenTheMinutesAreLockedAndFindableForMembersOnly() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        UUID id = meeting(crew.group(), -2, "Freigabetreffen", "Punkt 1");
        AgendaItem item = agenda(id).get(0);
        String base = crew.group().url() + "/treffen/" + id;
        mvc.perform(post(base + "/protokoll/" + item.id())
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("version", "0")
                        .param("text", "Vertraulicher Zwischenstand"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/protokoll/freigeben").with(as(crew.member())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/protokoll/freigeben").with(as(crew.lead())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.find(id).orElseThrow().minutesApproved()).isTrue();
        // locked: a later save changes nothing
        mvc.perform(post(base + "/protokoll/" + item.id())
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("version", "1")
                        .param("text", "Neu"))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.item(item.id()).orElseThrow().minutes()).isEqualTo("Vertraulicher Zwischenstand");
        // the public sees the meeting but never the minutes, only a public summary
        mvc.perform(post(base + "/zusammenfassung")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("summary", "Wir haben den Zwischenstand besprochen."))
                .andExpect(status().is3xxRedirection());
        String anonymous = mvc.perform(get(base)).andReturn().getResponse().getContentAsString();
        assertThat(anonymous)
                .contains("Wir haben den Zwischenstand besprochen.")
                .doesNotContain("Vertraulicher Zwischenstand");
        String member = mvc.perform(get(base).with(as(crew.guest())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(member).contains("Vertraulicher Zwischenstand");
        // the minutes are indexed for the group's members and the city's coordinators only
        String payload = jdbc.sql("SELECT payload::text FROM search.outbox WHERE doc_key = ? ORDER BY id DESC LIMIT 1")
                .param("minutes:" + id)
                .query(String.class)
                .single();
        assertThat(payload)
                .contains("group:" + crew.group().id())
                .contains("role:CITY_COORDINATOR:bottrop")
                .contains("Vertraulicher Zwischenstand");
        String meetingDoc = jdbc.sql(
                        "SELECT payload::text FROM search.outbox WHERE doc_key = ? ORDER BY id DESC LIMIT 1")
                .param("meeting:" + id)
                .query(String.class)
                .single();
        assertThat(meetingDoc)
                .contains("Wir haben den Zwischenstand besprochen.")
                .doesNotContain("Vertraulicher")
                .doesNotContain("group:");
    }
}
