package de.gemeinsinn.meetings;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bulk data for figures and the benchmark: meetings with agenda, decisions and actions, straight in SQL. */
public final class MeetingsBenchData {

    private MeetingsBenchData() {}

    /**
     * {@code meetings} meetings (weekly, half past, half future; 4 agenda items each, 1 decision
     * each), {@code actions} actions in all states, every tenth owned by {@code worker}.
     */
    public static void fill(JdbcClient jdbc, UUID groupId, int meetings, int actions, UUID worker) {
        fill(jdbc, groupId, meetings, actions, worker, 7 * 24);
    }

    /** As above, with meetings {@code spacingHours} apart (centred on now). */
    public static void fill(JdbcClient jdbc, UUID groupId, int meetings, int actions, UUID worker, int spacingHours) {
        jdbc.sql("""
                INSERT INTO meetings.meeting (id, group_id, title, starts_at, ends_at, place, status, minutes_status, public_summary)
                SELECT gen_random_uuid(), ?, 'Treffen ' || i, now() + (i - ? / 2) * ? * interval '1 hour',
                       now() + (i - ? / 2) * ? * interval '1 hour' + interval '2 hours', 'Rathaus',
                       CASE WHEN i % 17 = 0 THEN 'CANCELLED' ELSE 'SCHEDULED' END,
                       CASE WHEN i < ? / 2 THEN 'APPROVED' ELSE 'DRAFT' END,
                       CASE WHEN i < ? / 2 THEN 'Zusammenfassung ' || i ELSE '' END
                  FROM generate_series(1, ?) i
                """)
                .params(groupId, meetings, spacingHours, meetings, spacingHours, meetings, meetings, meetings)
                .update();
        jdbc.sql("""
                INSERT INTO meetings.agenda_item (id, meeting_id, position, title, minutes)
                SELECT gen_random_uuid(), m.id, p, 'Punkt ' || p, 'Protokoll zu Punkt ' || p
                  FROM meetings.meeting m, generate_series(1, 4) p WHERE m.group_id = ?
                """).param(groupId).update();
        jdbc.sql("""
                INSERT INTO meetings.decision (id, group_id, number, text, method, status, meeting_id, decided_on)
                SELECT gen_random_uuid(), ?, row_number() OVER (ORDER BY m.starts_at), 'Beschluss zu ' || m.title, 'CONSENSUS',
                       (ARRAY['OPEN','IN_PROGRESS','DONE','DROPPED'])[1 + (row_number() OVER (ORDER BY m.starts_at))::int % 4],
                       m.id, (m.starts_at AT TIME ZONE 'Europe/Berlin')::date
                  FROM meetings.meeting m WHERE m.group_id = ?
                """).params(groupId, groupId).update();
        jdbc.sql(
                        "INSERT INTO meetings.decision_counter (group_id, last) SELECT ?, count(*) FROM meetings.decision WHERE group_id = ? "
                                + "ON CONFLICT (group_id) DO UPDATE SET last = excluded.last")
                .params(groupId, groupId)
                .update();
        jdbc.sql("""
                INSERT INTO meetings.action_item (id, group_id, title, owner_id, due_on, status)
                SELECT gen_random_uuid(), ?, 'Aufgabe ' || i, CASE WHEN i % 10 = 0 THEN ? END,
                       current_date + (i % 60 - 20),
                       (ARRAY['OPEN','IN_PROGRESS','DONE','DROPPED'])[1 + i % 4]
                  FROM generate_series(1, ?) i
                """).params(groupId, worker, actions).update();
    }
}
