package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.groups.MemberLeft;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** "Meine Daten" export and erasure: answers go, minutes stay as "ehemaliges Mitglied", actions are unassigned. */
@GemeinsinnTest
class MeetingsPrivacyTests extends MeetingsTestSupport {

    @Autowired
    MeetingsPersonalData personalData;

    @Autowired
    PollStore polls;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    MailPreferences preferences;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Test
    void exportContainsAnswersMinutesAndActionsAndErasureKeepsTheMinutesAnonymously() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        UUID me = crew.member().personId();
        UUID id = meeting(crew.group(), -1, "Datenschutztreffen", "Punkt");
        AgendaItem item = agenda(id).get(0);
        meetings.saveMinutes(item.id(), 0, "Von Max geschrieben.", me);
        meetings.rsvp(id, me, Rsvp.YES);
        UUID poll = polls.insert(
                crew.group().id(),
                "Umfrage",
                "Ort",
                "",
                List.<java.time.Instant[]>of(new java.time.Instant[] {
                    java.time.Instant.parse("2031-01-01T17:00:00Z"), java.time.Instant.parse("2031-01-01T19:00:00Z")
                }),
                null);
        polls.answer(polls.find(poll).orElseThrow().options().get(0).id(), me, PollAnswer.IF_NEED_BE);
        ActionItem action = work.insertAction(crew.group().id(), "Maxens Aufgabe", me, null, id, null, null);
        feeds.regenerate(me);
        preferences.set(me, MailKind.DIGEST, true);

        @SuppressWarnings("unchecked")
        Map<String, Object> export = (Map<String, Object>) personalData.export(me);
        assertThat(export.get("rsvps").toString())
                .contains("Datenschutztreffen")
                .contains("YES");
        assertThat(export.get("pollAnswers").toString()).contains("IF_NEED_BE");
        assertThat(export.get("minutesWritten").toString()).contains("Von Max geschrieben.");
        assertThat(export.get("actionsOwned").toString()).contains("Maxens Aufgabe");
        assertThat(export.get("calendarFeed")).isEqualTo(true);

        tx.executeWithoutResult(s -> events.publishEvent(new PersonErased(me)));

        assertThat(meetings.rsvps(id)).isEmpty();
        assertThat(polls.answers(poll)).isEmpty();
        assertThat(feeds.hasFeed(me)).isFalse();
        assertThat(preferences.wants(me, MailKind.DIGEST)).isFalse();
        assertThat(work.action(action.id()).orElseThrow().ownerId()).isNull();
        assertThat(meetings.item(item.id()).orElseThrow().minutes()).isEqualTo("Von Max geschrieben.");
        assertThat(meetings.authors(id).get(item.id())).containsExactly((UUID) null);
        jdbc.sql("DELETE FROM groups.membership WHERE person_id = ?").param(me).update();
        String page = mvc.perform(get(crew.group().url() + "/treffen/" + id).with(as(crew.lead())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Von Max geschrieben.")
                .contains(PersonErased.FORMER_MEMBER)
                .doesNotContain("Max Mitglied");
    }

    @Test
    void leavingAGroupDropsFutureAnswersAndUnassignsOpenActions() {
        Crew crew = crew(GroupVisibility.PUBLIC);
        UUID me = crew.member().personId();
        UUID future = meeting(crew.group(), 5, "Zukunft");
        UUID past = meeting(crew.group(), -5, "Vergangenheit");
        meetings.rsvp(future, me, Rsvp.YES);
        meetings.rsvp(past, me, Rsvp.YES);
        ActionItem open = work.insertAction(crew.group().id(), "Offen", me, null, null, null, null);
        ActionItem done = work.insertAction(crew.group().id(), "Erledigt", me, null, null, null, null);
        work.setActionStatus(done.id(), WorkStatus.DONE);
        tx.executeWithoutResult(
                s -> events.publishEvent(new MemberLeft(crew.group().id(), me)));
        assertThat(meetings.rsvps(future)).isEmpty();
        assertThat(meetings.rsvps(past)).containsKey(me);
        assertThat(work.action(open.id()).orElseThrow().ownerId()).isNull();
        assertThat(work.action(done.id()).orElseThrow().ownerId()).isEqualTo(me);
    }
}
