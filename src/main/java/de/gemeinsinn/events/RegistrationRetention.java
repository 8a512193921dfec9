package de.gemeinsinn.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accessibility needs and dietary wishes are deleted 30 days after the event. The statement is
 * idempotent, so it is safe when every instance runs it (no coordination needed): a second run
 * finds nothing left to delete. Sent notifications that could not be delivered are dropped too.
 */
@Component
class RegistrationRetention {

    private static final Logger log = LoggerFactory.getLogger(RegistrationRetention.class);

    private final JdbcClient jdbc;

    RegistrationRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${gemeinsinn.events.retention-cron:0 23 3 * * *}")
    @Transactional
    public int run() {
        int cleared = jdbc.sql("""
                        UPDATE events.registration r SET accessibility_needs = NULL, dietary_wishes = NULL, updated_at = now()
                          FROM events.event e
                         WHERE e.id = r.event_id AND e.ends_at < now() - interval '30 days'
                           AND (r.accessibility_needs IS NOT NULL OR r.dietary_wishes IS NOT NULL)
                        """).update();
        jdbc.sql("DELETE FROM events.notification WHERE attempts >= ? OR created_at < now() - interval '30 days'")
                .param(EventMails.MAX_ATTEMPTS)
                .update();
        if (cleared > 0) {
            log.info("Bedarfe und Essenswünsche von {} Anmeldungen gelöscht (30 Tage nach der Veranstaltung)", cleared);
        }
        return cleared;
    }
}
