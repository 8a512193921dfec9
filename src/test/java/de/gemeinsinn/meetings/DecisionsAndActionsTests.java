package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Decisions numbered per group (also under concurrency), action items and "Meine Aufgaben". */
@GemeinsinnTest
class DecisionsAndActionsTests extends MeetingsTestSupport {

    @Autowired
    WorkService service;

    @Autowired
    MeetingAccess access;

    @Test
    void decisionsAreNumberedPerGroupEvenWhenCreatedConcurrently() throws Exception {
        GroupRef a = group("AG Nummern A", "bottrop", GroupVisibility.PUBLIC);
        GroupRef b = group("AG Nummern B", "bottrop", GroupVisibility.PUBLIC);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Decision>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            GroupRef g = i % 2 == 0 ? a : b;
            int n = i;
            Callable<Decision> task = () -> service.createDecision(
                    new GroupContext(g, null, null, true, true),
                    new DecisionForm.Input(
                            "Beschluss " + n,
                            DecisionMethod.CONSENSUS,
                            null,
                            null,
                            null,
                            WorkStatus.OPEN,
                            null,
                            Berlin.today()));
            futures.add(pool.submit(task));
        }
        for (Future<Decision> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(work.decisions(a.id())).extracting(Decision::number).containsExactlyInAnyOrderElementsOf(range(20));
        assertThat(work.decisions(b.id())).extracting(Decision::number).containsExactlyInAnyOrderElementsOf(range(20));
    }

    static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void leadRecordsADecisionByVoteWithCountsAndInvalidInputIsExplained() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        UUID meeting = meeting(crew.group(), -3, "Abstimmungstreffen");
        String bad = mvc.perform(post(crew.group().url() + "/beschluesse/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("text", "")
                        .param("method", "VOTE")
                        .param("votesYes", "-1")
                        .param("votesNo", "zwei")
                        .param("votesAbstain", "0")
                        .param("status", "OPEN")
                        .param("meetingId", meeting.toString())
                        .param("decidedOn", "gestern"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad)
                .contains("Bitte geben Sie den Text des Beschlusses an.")
                .contains("Bitte geben Sie eine Zahl von 0 an aufwärts an.")
                .contains("Bitte geben Sie ein gültiges Datum an");
        assertThat(work.decisions(crew.group().id())).isEmpty();

        mvc.perform(post(crew.group().url() + "/beschluesse/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("text", "Wir richten einen Lesetreff ein.")
                        .param("method", "VOTE")
                        .param("votesYes", "7")
                        .param("votesNo", "1")
                        .param("votesAbstain", "2")
                        .param("status", "IN_PROGRESS")
                        .param("meetingId", meeting.toString())
                        .param("decidedOn", "2030-05-04"))
                .andExpect(status().is3xxRedirection());
        Decision d = work.decisions(crew.group().id()).get(0);
        assertThat(d.number()).isEqualTo(1);
        assertThat(d.meetingId()).isEqualTo(meeting);
        String page = mvc.perform(get(crew.group().url() + "/beschluesse/1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Beschluss 1")
                .contains("Abstimmung: 7 ja, 1 nein, 2 Enthaltungen")
                .contains("in Arbeit")
                .contains("Abstimmungstreffen");
        mvc.perform(post(crew.group().url() + "/beschluesse/neu")
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("text", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void actionOwnersMustBeMembersAndMyActionsShowsOverdueOnesWithText() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        GroupRef other = group("Zweite AG", null, GroupVisibility.INTERNAL);
        member(other, crew.member(), de.gemeinsinn.groups.GroupRole.MEMBER);
        String outsider = person("Nicht Mitglied").personId().toString();
        String bad = mvc.perform(post(crew.group().url() + "/aufgaben/neu")
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("title", "Plakate kleben")
                        .param("ownerId", outsider)
                        .param("dueOn", "")
                        .param("status", "OPEN")
                        .param("meetingId", "")
                        .param("decisionId", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad).contains("Aufgaben können nur Mitglieder der Gruppe übernehmen.");

        mvc.perform(post(crew.group().url() + "/aufgaben/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "Plakate kleben")
                        .param("ownerId", crew.member().personId().toString())
                        .param("dueOn", Berlin.today().minusDays(2).toString())
                        .param("status", "OPEN")
                        .param("meetingId", "")
                        .param("decisionId", ""))
                .andExpect(status().is3xxRedirection());
        work.insertAction(
                other.id(),
                "Webseite prüfen",
                crew.member().personId(),
                Berlin.today().plusDays(10),
                null,
                null,
                null);
        ActionItem doneOne =
                work.insertAction(other.id(), "Längst erledigt", crew.member().personId(), null, null, null, null);
        work.setActionStatus(doneOne.id(), WorkStatus.DONE);

        String mine = mvc.perform(get("/meine-aufgaben").with(as(crew.member())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mine)
                .contains("Plakate kleben")
                .contains("Webseite prüfen")
                .contains("Zweite AG")
                .contains("Überfällig: 1")
                .contains("class=\"overdue-flag\"");
        assertThat(mine.indexOf("Plakate kleben")).as("overdue first").isLessThan(mine.indexOf("Webseite prüfen"));
        assertThat(mvc.perform(get("/meine-aufgaben")).andReturn().getResponse().getRedirectedUrl())
                .contains("/anmelden");

        ActionItem a = work.actions(crew.group().id(), null, true).get(0);
        mvc.perform(post(crew.group().url() + "/aufgaben/" + a.id() + "/status")
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("status", "DONE")
                        .param("back", "meine"))
                .andExpect(status().is3xxRedirection());
        assertThat(work.action(a.id()).orElseThrow().status()).isEqualTo(WorkStatus.DONE);
        // the public sees actions of a public group, but owner names only where members allow it
        String list = mvc.perform(get(crew.group().url() + "/aufgaben?status=DONE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Plakate kleben");
    }
}
