package de.gemeinsinn.accounts.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes what is no longer needed, every night: login attempts after 90 days, expired mail links
 * and invitations, dev mails after 7 days. Safe to run on every instance at once.
 */
@Component
class Retention {

    private final JdbcClient jdbc;

    Retention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${gemeinsinn.accounts.retention-cron:0 17 3 * * *}")
    @Transactional
    void cleanUp() {
        jdbc.sql("DELETE FROM accounts.login_attempt WHERE at < now() - interval '90 days'")
                .update();
        jdbc.sql("DELETE FROM accounts.mail_token WHERE expires_at < now()").update();
        jdbc.sql("DELETE FROM accounts.invitation WHERE expires_at < now()").update();
        jdbc.sql("DELETE FROM accounts.dev_mail WHERE sent_at < now() - interval '7 days'")
                .update();
    }
}
