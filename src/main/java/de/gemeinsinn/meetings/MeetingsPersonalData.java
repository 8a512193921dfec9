package de.gemeinsinn.meetings;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.groups.MemberLeft;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the meetings module holds about a person (RSVPs, poll answers, minutes they wrote, actions
 * they own, mail preferences, whether a calendar feed exists) and what happens on erasure: answers,
 * feed, preferences and queued mails go; minutes and decisions stay, attributed to "ehemaliges
 * Mitglied"; their actions become unassigned.
 */
@Component
class MeetingsPersonalData implements PersonalDataExporter {

    private final JdbcClient jdbc;
    private final WorkStore work;
    private final MeetingsSearch search;

    MeetingsPersonalData(JdbcClient jdbc, WorkStore work, MeetingsSearch search) {
        this.jdbc = jdbc;
        this.work = work;
        this.search = search;
    }

    @Override
    public String section() {
        return "meetings";
    }

    @Override
    public Object export(UUID personId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "rsvps",
                jdbc.sql(
                                "SELECT m.title, m.starts_at, r.answer, r.answered_at FROM meetings.rsvp r "
                                        + "JOIN meetings.meeting m ON m.id = r.meeting_id WHERE r.person_id = ? ORDER BY m.starts_at")
                        .param(personId)
                        .query((rs, i) -> Map.of(
                                "meeting", rs.getString(1),
                                "startsAt", rs.getTimestamp(2).toInstant().toString(),
                                "answer", rs.getString(3),
                                "answeredAt", rs.getTimestamp(4).toInstant().toString()))
                        .list());
        out.put(
                "pollAnswers",
                jdbc.sql(
                                "SELECT p.title, o.starts_at, a.answer FROM meetings.poll_answer a "
                                        + "JOIN meetings.poll_option o ON o.id = a.option_id "
                                        + "JOIN meetings.date_poll p ON p.id = o.poll_id WHERE a.person_id = ? ORDER BY o.starts_at")
                        .param(personId)
                        .query((rs, i) -> Map.of(
                                "poll", rs.getString(1),
                                "proposedTime", rs.getTimestamp(2).toInstant().toString(),
                                "answer", rs.getString(3)))
                        .list());
        out.put(
                "minutesWritten",
                jdbc.sql(
                                "SELECT m.title, i.title, i.minutes, a.saved_at FROM meetings.minutes_author a "
                                        + "JOIN meetings.agenda_item i ON i.id = a.agenda_item_id "
                                        + "JOIN meetings.meeting m ON m.id = i.meeting_id WHERE a.person_id = ? ORDER BY a.saved_at")
                        .param(personId)
                        .query((rs, i) -> Map.of(
                                "meeting", rs.getString(1),
                                "agendaItem", rs.getString(2),
                                "minutes", rs.getString(3),
                                "savedAt", rs.getTimestamp(4).toInstant().toString()))
                        .list());
        out.put(
                "actionsOwned",
                work.actionsOf(personId, true).stream()
                        .map(a -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("title", a.title());
                            m.put("status", a.status().name());
                            m.put("dueOn", a.dueOn() == null ? null : a.dueOn().toString());
                            return m;
                        })
                        .toList());
        out.put(
                "mailPreferences",
                jdbc.sql("SELECT kind, enabled FROM meetings.mail_preference WHERE person_id = ? ORDER BY kind")
                        .param(personId)
                        .query((rs, i) -> Map.of("kind", rs.getString(1), "enabled", rs.getBoolean(2)))
                        .list());
        out.put(
                "calendarFeed",
                jdbc.sql("SELECT count(*) FROM meetings.calendar_feed WHERE person_id = ?")
                                .param(personId)
                                .query(Integer.class)
                                .single()
                        > 0);
        return out;
    }

    @EventListener
    @Transactional
    void on(PersonErased event) {
        UUID p = event.personId();
        jdbc.sql("DELETE FROM meetings.rsvp WHERE person_id = ?").param(p).update();
        jdbc.sql("DELETE FROM meetings.poll_answer WHERE person_id = ?")
                .param(p)
                .update();
        jdbc.sql("DELETE FROM meetings.calendar_feed WHERE person_id = ?")
                .param(p)
                .update();
        jdbc.sql("DELETE FROM meetings.mail_preference WHERE person_id = ?")
                .param(p)
                .update();
        jdbc.sql("DELETE FROM meetings.notification WHERE person_id = ?")
                .param(p)
                .update();
        jdbc.sql("DELETE FROM meetings.reminder_sent WHERE key LIKE ?")
                .param("digest:" + p + ":%")
                .update();
        // authored minutes stay; the authorship becomes "ehemaliges Mitglied" (person_id NULL)
        jdbc.sql("UPDATE meetings.minutes_author SET person_id = NULL WHERE person_id = ?")
                .param(p)
                .update();
        jdbc.sql("UPDATE meetings.meeting SET created_by = NULL WHERE created_by = ?")
                .param(p)
                .update();
        jdbc.sql("UPDATE meetings.meeting SET minutes_approved_by = NULL WHERE minutes_approved_by = ?")
                .param(p)
                .update();
        jdbc.sql("UPDATE meetings.decision SET created_by = NULL WHERE created_by = ?")
                .param(p)
                .update();
        jdbc.sql("UPDATE meetings.date_poll SET created_by = NULL WHERE created_by = ?")
                .param(p)
                .update();
        jdbc.sql("UPDATE meetings.action_item SET created_by = NULL WHERE created_by = ?")
                .param(p)
                .update();
        List<UUID> owned = jdbc.sql("UPDATE meetings.action_item SET owner_id = NULL, updated_at = now() "
                        + "WHERE owner_id = ? RETURNING id")
                .param(p)
                .query(UUID.class)
                .list();
        owned.forEach(id -> work.action(id).ifPresent(search::actionChanged));
    }

    /** Someone left a group: their answers to its coming meetings go, their open actions there are unassigned. */
    @EventListener
    @Transactional
    void on(MemberLeft event) {
        jdbc.sql("DELETE FROM meetings.rsvp r USING meetings.meeting m WHERE r.meeting_id = m.id "
                        + "AND m.group_id = ? AND r.person_id = ? AND m.ends_at > now()")
                .params(event.groupId(), event.personId())
                .update();
        work.unassignOpen(event.groupId(), event.personId());
    }
}
