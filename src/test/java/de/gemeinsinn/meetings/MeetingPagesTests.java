package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.support.GemeinsinnTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating, editing, cancelling meetings; agenda, offered actions and RSVPs through the pages. */
@GemeinsinnTest
class MeetingPagesTests extends MeetingsTestSupport {

    int meetingsOf(UUID groupId) {
        return jdbc.sql("SELECT count(*) FROM meetings.meeting WHERE group_id = ?")
                .param(groupId)
                .query(Integer.class)
                .single();
    }

    @Test
    void leadCreatesAMeetingInBerlinTimeWithAgendaAndTheOpenActionsOffered() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        ActionItem open = work.insertAction(
                crew.group().id(), "Flyer drucken lassen", crew.member().personId(), null, null, null, null);
        ActionItem done = work.insertAction(crew.group().id(), "Schon erledigt", null, null, null, null, null);
        work.setActionStatus(done.id(), WorkStatus.DONE);

        String form = mvc.perform(get(crew.group().url() + "/treffen/neu").with(as(crew.lead())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("Flyer drucken lassen").doesNotContain("Schon erledigt");
        assertThat(form).containsPattern("value=\"" + open.id() + "\"[^>]*checked");

        var res = mvc.perform(post(crew.group().url() + "/treffen/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "Sommerfest planen")
                        .param("date", "2031-07-01")
                        .param("startTime", "18:30")
                        .param("endTime", "20:00")
                        .param("place", "Rathaus Bottrop")
                        .param("onlineUrl", "")
                        .param("agenda", "Begrüßung\n- Stände verteilen\n\n2. Verschiedenes")
                        .param("offered", open.id().toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = res.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Meeting m = meetings.find(id).orElseThrow();
        assertThat(m.startsAt())
                .isEqualTo(LocalDate.of(2031, 7, 1)
                        .atTime(18, 30)
                        .atZone(ZoneId.of("Europe/Berlin"))
                        .toInstant());
        assertThat(m.startsAt().toString()).isEqualTo("2031-07-01T16:30:00Z");
        assertThat(agenda(id))
                .extracting(AgendaItem::title)
                .containsExactly(
                        "Begrüßung", "Stände verteilen", "Verschiedenes", "Offene Aufgabe: Flyer drucken lassen");
        assertThat(agenda(id).get(3).actionId()).isEqualTo(open.id());

        String page = mvc.perform(get(location))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Sommerfest planen").contains("Dienstag, 1. Juli 2031, 18:30–20:00 Uhr");
    }

    @Test
    void invalidFormsGiveGermanMessagesAndSaveNothing() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        int before = meetingsOf(crew.group().id());
        String html = mvc.perform(post(crew.group().url() + "/treffen/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "")
                        .param("date", "31.02.2030")
                        .param("startTime", "20:00")
                        .param("endTime", "19:00")
                        .param("place", "")
                        .param("onlineUrl", "javascript:alert(1)")
                        .param("agenda", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Bitte geben Sie einen Titel an.")
                .contains("Bitte geben Sie ein gültiges Datum an")
                .contains("Das Ende muss nach dem Beginn liegen.")
                .contains("Bitte geben Sie einen vollständigen Link an")
                .contains("aria-describedby=\"title-error\"")
                .contains("aria-invalid=\"true\"");
        String noPlace = mvc.perform(post(crew.group().url() + "/treffen/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "Ohne Ort")
                        .param("date", "2031-01-01")
                        .param("startTime", "18:00")
                        .param("endTime", "19:00")
                        .param("place", " ")
                        .param("onlineUrl", "")
                        .param("offered", "keine-id"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noPlace).contains("Bitte geben Sie einen Ort oder einen Online-Link an.");
        assertThat(meetingsOf(crew.group().id())).isEqualTo(before);
    }

    @Test
    void agendaItemsAreAddedReorderedAndRemoved() throws Exception {
        Crew crew = crew(GroupVisibility.INTERNAL);
        UUID id = meeting(crew.group(), 5, "Planung", "A", "B", "C");
        String base = crew.group().url() + "/treffen/" + id;
        UUID c = agenda(id).get(2).id();
        mvc.perform(post(base + "/tagesordnung/" + c + "/nach-oben")
                        .with(as(crew.lead()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(agenda(id)).extracting(AgendaItem::title).containsExactly("A", "C", "B");
        mvc.perform(post(base + "/tagesordnung")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "D"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/tagesordnung")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "  "))
                .andExpect(status().is3xxRedirection());
        UUID a = agenda(id).get(0).id();
        mvc.perform(post(base + "/tagesordnung/" + a + "/entfernen")
                        .with(as(crew.lead()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(agenda(id)).extracting(AgendaItem::title).containsExactly("C", "B", "D");
        // a member may not change the agenda
        mvc.perform(post(base + "/tagesordnung")
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("title", "E"))
                .andExpect(status().isForbidden());
    }

    @Test
    void membersAnswerAndTheAnswersShowToMembersOnly() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        UUID id = meeting(crew.group(), 3, "Treffen mit Zusagen", "Begrüßung");
        String base = crew.group().url() + "/treffen/" + id;
        mvc.perform(post(base + "/antwort").with(as(crew.member())).with(csrf()).param("answer", "MAYBE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/antwort").with(as(crew.member())).with(csrf()).param("answer", "YES"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/antwort").with(as(crew.guest())).with(csrf()).param("answer", "kaputt"))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.rsvps(id))
                .containsExactly(java.util.Map.entry(crew.member().personId(), Rsvp.YES));
        // outsiders may not answer
        mvc.perform(post(base + "/antwort")
                        .with(as(person("Fremde Person")))
                        .with(csrf())
                        .param("answer", "YES"))
                .andExpect(status().isForbidden());
        String asLead = mvc.perform(get(base).with(as(crew.lead())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asLead).contains("Max Mitglied").contains("Ja, ich komme").contains("https://meet.example.org/x");
        String anonymous = mvc.perform(get(base))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous)
                .contains("Treffen mit Zusagen")
                .doesNotContain("Max Mitglied")
                .doesNotContain("meet.example.org");
    }

    @Test
    void editingAndCancellingCountTheCalendarSequenceUp() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        UUID id = meeting(crew.group(), 8, "Alter Titel");
        String base = crew.group().url() + "/treffen/" + id;
        mvc.perform(post(base + "/bearbeiten")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "Neuer Titel")
                        .param("date", Berlin.today().plusDays(9).toString())
                        .param("startTime", "17:00")
                        .param("endTime", "19:00")
                        .param("place", "Kulturzentrum")
                        .param("onlineUrl", ""))
                .andExpect(status().is3xxRedirection());
        Meeting m = meetings.find(id).orElseThrow();
        assertThat(m.title()).isEqualTo("Neuer Titel");
        assertThat(m.sequence()).isEqualTo(1);
        mvc.perform(post(base + "/absagen").with(as(crew.member())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/absagen").with(as(crew.lead())).with(csrf())).andExpect(status().is3xxRedirection());
        m = meetings.find(id).orElseThrow();
        assertThat(m.cancelled()).isTrue();
        assertThat(m.sequence()).isEqualTo(2);
        assertThat(mvc.perform(get(base)).andReturn().getResponse().getContentAsString())
                .contains("Dieses Treffen ist abgesagt.");
    }

    @Test
    void openActionsAreOfferedForTheNextAgendaWithOneClick() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        UUID id = meeting(crew.group(), 4, "Nächstes Treffen", "Begrüßung");
        ActionItem a = work.insertAction(
                crew.group().id(), "Spenden sammeln", null, Berlin.today().minusDays(3), null, null, null);
        String base = crew.group().url() + "/treffen/" + id;
        String page = mvc.perform(get(base).with(as(crew.lead())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Offene Aufgaben der Gruppe für die Tagesordnung")
                .contains("Spenden sammeln")
                .contains("Überfällig");
        mvc.perform(post(base + "/aufgabe-aufnehmen")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("actionId", a.id().toString()))
                .andExpect(status().is3xxRedirection());
        List<AgendaItem> items = agenda(id);
        assertThat(items).extracting(AgendaItem::title).containsExactly("Begrüßung", "Offene Aufgabe: Spenden sammeln");
        String after = mvc.perform(get(base).with(as(crew.lead())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).doesNotContain("Offene Aufgaben der Gruppe für die Tagesordnung");
    }
}
