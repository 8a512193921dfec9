package de.gemeinsinn.search.index;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes outbox rows older than {@link #RETENTION}. An instance whose index is older than that
 * rebuilds at startup instead of tailing (see {@link IndexRebuilder}).
 */
@Component
class OutboxPruner {

    static final Duration RETENTION = Duration.ofDays(1);

    private final JdbcClient jdbc;

    OutboxPruner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "0 17 * * * *")
    int prune() {
        return jdbc.sql("DELETE FROM search.outbox WHERE created_at < now() - make_interval(secs => ?)")
                .param(RETENTION.toSeconds())
                .update();
    }
}
