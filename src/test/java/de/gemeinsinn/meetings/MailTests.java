package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.support.GemeinsinnTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Mails through a real SMTP server (GreenMail): appointments with .ics, preferences, unsubscribe, reminders once. */
@GemeinsinnTest
class MailTests extends MeetingsTestSupport {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MeetingMails mails;

    @Autowired
    ScheduledJobs jobs;

    @Autowired
    MailPreferences preferences;

    /** All mails to the address, once nothing is queued for anyone with that address any more (max. 10 s). */
    List<MimeMessage> to(String email) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            mails.sendDue();
            int pending = jdbc.sql(
                            "SELECT count(*) FROM meetings.notification n JOIN accounts.person p ON p.id = n.person_id "
                                    + "WHERE p.email = ?")
                    .param(email)
                    .query(Integer.class)
                    .single();
            if (pending == 0) {
                break;
            }
            Thread.sleep(50);
        }
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    static String calendarPart(MimeMessage m) throws Exception {
        Multipart mp = (Multipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart p = mp.getBodyPart(i);
            if (p.getContentType().startsWith("text/calendar")) {
                assertThat(p.getContentType()).containsIgnoringCase("method=");
                return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no calendar part");
    }

    @Test
    void invitationAndCancellationCarryIcsAndAWorkingUnsubscribeLink() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        mvc.perform(post(crew.group().url() + "/treffen/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "Mailtreffen")
                        .param("date", "2031-03-04")
                        .param("startTime", "18:00")
                        .param("endTime", "20:00")
                        .param("place", "Rathaus")
                        .param("onlineUrl", "")
                        .param("agenda", "Begrüßung"))
                .andExpect(status().is3xxRedirection());
        List<MimeMessage> invites = to(crew.member().email());
        assertThat(invites).hasSize(1);
        MimeMessage invite = invites.get(0);
        assertThat(invite.getSubject())
                .isEqualTo("Einladung: Mailtreffen (" + crew.group().name() + ")");
        assertThat(invite.getHeader("List-Unsubscribe")[0]).contains("/benachrichtigungen/abbestellen?token=");
        String ics = calendarPart(invite);
        ICalendar cal = Biweekly.parse(ics).first();
        assertThat(cal.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(cal.getEvents().get(0).getAttendees().get(0).getEmail())
                .isEqualTo(crew.member().email());
        assertThat(to(crew.lead().email())).as("the lead created it").isEmpty();

        UUID id = jdbc.sql("SELECT id FROM meetings.meeting WHERE group_id = ?")
                .param(crew.group().id())
                .query(UUID.class)
                .single();
        mvc.perform(post(crew.group().url() + "/treffen/" + id + "/absagen")
                        .with(as(crew.lead()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<MimeMessage> all = to(crew.member().email());
        assertThat(all).hasSize(2);
        ICalendar cancel = Biweekly.parse(calendarPart(all.get(1))).first();
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancel.getEvents().get(0).getStatus().isCancelled()).isTrue();
        assertThat(cancel.getEvents().get(0).getUid().getValue())
                .isEqualTo(cal.getEvents().get(0).getUid().getValue());
        assertThat(cancel.getEvents().get(0).getSequence().getValue()).isEqualTo(1);

        // the unsubscribe link works without login and turns off exactly that kind
        String body = GreenMailUtil.getBody(all.get(1)).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = Pattern.compile("/benachrichtigungen/abbestellen\\?token=([A-Za-z0-9_.-]+)")
                .matcher(body);
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        String page = mvc.perform(get("/benachrichtigungen/abbestellen").param("token", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Absagen von Treffen");
        mvc.perform(post("/benachrichtigungen/abbestellen").with(csrf()).param("token", token))
                .andExpect(status().isOk());
        assertThat(preferences.wants(crew.member().personId(), MailKind.CANCELLED))
                .isFalse();
        assertThat(preferences.wants(crew.member().personId(), MailKind.INVITATION))
                .isTrue();
        String forged = mvc.perform(post("/benachrichtigungen/abbestellen")
                        .with(csrf())
                        .param("token", token.substring(0, token.length() - 2) + "xx"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(forged).contains("Dieser Abbestell-Link ist ungültig.");
    }

    @Test
    void preferencesDecideWhichMailsArrive() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        mvc.perform(post("/konto/benachrichtigungen")
                        .with(as(crew.member()))
                        .with(csrf())
                        .param("kind-MINUTES", "on")
                        .param("kind-ACTION_ASSIGNED", "on"))
                .andExpect(status().is3xxRedirection());
        assertThat(preferences.wants(crew.member().personId(), MailKind.INVITATION))
                .isFalse();
        mvc.perform(post(crew.group().url() + "/treffen/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "Ohne Mail")
                        .param("date", "2031-03-05")
                        .param("startTime", "18:00")
                        .param("endTime", "20:00")
                        .param("place", "Rathaus")
                        .param("onlineUrl", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(to(crew.member().email())).isEmpty();
        assertThat(to(crew.guest().email())).hasSize(1);

        mvc.perform(post(crew.group().url() + "/aufgaben/neu")
                        .with(as(crew.lead()))
                        .with(csrf())
                        .param("title", "Kassenbericht vorbereiten")
                        .param("ownerId", crew.member().personId().toString())
                        .param("dueOn", "")
                        .param("status", "OPEN")
                        .param("meetingId", "")
                        .param("decisionId", ""))
                .andExpect(status().is3xxRedirection());
        List<MimeMessage> assigned = to(crew.member().email());
        assertThat(assigned).hasSize(1);
        assertThat(assigned.get(0).getSubject()).isEqualTo("Neue Aufgabe für dich: Kassenbericht vorbereiten");
        assertThat(assigned.get(0).getHeader("List-Unsubscribe")).isNotNull();
    }

    @Test
    void dueRemindersAreSentOnceEvenWhenTwoInstancesRunTheJobAtTheSameTime() throws Exception {
        Crew crew = crew(GroupVisibility.INTERNAL);
        ActionItem soon = work.insertAction(
                crew.group().id(),
                "Fördermittel beantragen",
                crew.member().personId(),
                Berlin.today().plusDays(2),
                null,
                null,
                null);
        work.insertAction(
                crew.group().id(),
                "Noch lange Zeit",
                crew.member().personId(),
                Berlin.today().plusDays(20),
                null,
                null,
                null);
        ActionItem done = work.insertAction(
                crew.group().id(),
                "Schon fertig",
                crew.guest().personId(),
                Berlin.today().plusDays(1),
                null,
                null,
                null);
        work.setActionStatus(done.id(), WorkStatus.DONE);

        for (int round = 0; round < 3; round++) {
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> jobs.remindDueActions(Berlin.today()));
            CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> jobs.remindDueActions(Berlin.today()));
            one.get();
            two.get();
        }
        List<MimeMessage> reminders = to(crew.member().email()).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith("Erinnerung");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getSubject()).contains("Fördermittel beantragen");
        assertThat(to(crew.guest().email())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM meetings.reminder_sent WHERE key LIKE ?")
                        .param("due:" + soon.id() + "%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void weeklyDigestOnlyForThoseWhoChoseIt() throws Exception {
        Crew crew = crew(GroupVisibility.PUBLIC);
        meeting(crew.group(), 2, "Treffen dieser Woche");
        work.insertAction(
                crew.group().id(),
                "Digest-Aufgabe",
                crew.member().personId(),
                Berlin.today().minusDays(1),
                null,
                null,
                null);
        preferences.set(crew.member().personId(), MailKind.DIGEST, true);
        jobs.weeklyDigest(Berlin.today());
        jobs.weeklyDigest(Berlin.today());
        List<MimeMessage> digest = to(crew.member().email());
        assertThat(digest).hasSize(1);
        String text = (String) digest.get(0).getContent();
        assertThat(text)
                .contains("Treffen dieser Woche")
                .contains("Digest-Aufgabe")
                .contains("überfällig");
        assertThat(to(crew.guest().email())).isEmpty();
    }
}
