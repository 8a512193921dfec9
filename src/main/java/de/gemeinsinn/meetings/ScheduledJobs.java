package de.gemeinsinn.meetings;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders for actions due in two days and the weekly digest. Every instance runs the jobs, but
 * each reminder happens once: the job claims it with {@code INSERT ... ON CONFLICT DO NOTHING
 * RETURNING} on {@code meetings.reminder_sent}, and only the instance whose insert went through
 * queues the mail (in the same transaction).
 */
@Component
class ScheduledJobs {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final TransactionTemplate tx;

    ScheduledJobs(JdbcClient jdbc, Notifications notifications, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.tx = tx;
    }

    @Scheduled(cron = "${gemeinsinn.meetings.reminder-cron:0 5 * * * *}", zone = "Europe/Berlin")
    void hourly() {
        remindDueActions(Berlin.today());
        if (Berlin.today().getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
            weeklyDigest(Berlin.today());
        }
    }

    /**
     * Queues a reminder for every open, assigned action due within two days of {@code today} that
     * has not been reminded of for that due date; returns how many this call queued.
     */
    int remindDueActions(LocalDate today) {
        Integer n = tx.execute(status -> {
            List<String> claimed = jdbc.sql("INSERT INTO meetings.reminder_sent (key) "
                            + "SELECT 'due:' || a.id || ':' || a.due_on FROM meetings.action_item a "
                            + "WHERE a.status IN ('OPEN', 'IN_PROGRESS') AND a.owner_id IS NOT NULL "
                            + "AND a.due_on BETWEEN ? AND ? ORDER BY a.id "
                            + "ON CONFLICT (key) DO NOTHING RETURNING key")
                    .params(java.sql.Date.valueOf(today), java.sql.Date.valueOf(today.plusDays(2)))
                    .query(String.class)
                    .list();
            for (String key : claimed) {
                UUID actionId = UUID.fromString(key.split(":")[1]);
                UUID owner = jdbc.sql("SELECT owner_id FROM meetings.action_item WHERE id = ?")
                        .param(actionId)
                        .query(UUID.class)
                        .single();
                notifications.queue(List.of(owner), MailKind.ACTION_DUE, actionId);
            }
            return claimed.size();
        });
        return n == null ? 0 : n;
    }

    /** Queues the digest for everybody who chose it, once per ISO week. */
    int weeklyDigest(LocalDate today) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        Integer n = tx.execute(status -> {
            List<String> claimed = jdbc.sql("INSERT INTO meetings.reminder_sent (key) "
                            + "SELECT 'digest:' || p.person_id || ':' || ? FROM meetings.mail_preference p "
                            + "WHERE p.kind = 'DIGEST' AND p.enabled ORDER BY p.person_id "
                            + "ON CONFLICT (key) DO NOTHING RETURNING key")
                    .param(week)
                    .query(String.class)
                    .list();
            for (String key : claimed) {
                UUID person = UUID.fromString(key.split(":")[1]);
                notifications.queue(List.of(person), MailKind.DIGEST, person);
            }
            return claimed.size();
        });
        return n == null ? 0 : n;
    }
}
