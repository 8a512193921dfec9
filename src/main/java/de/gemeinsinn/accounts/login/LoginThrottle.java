package de.gemeinsinn.accounts.login;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records login attempts in PostgreSQL (so every instance sees them) and refuses further attempts
 * for 15 minutes once an e-mail address or an IP address collected 5 failures within 15 minutes.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;

    /** One attempt, for the login history in the data export. */
    public record Attempt(String ip, boolean success, Instant at) {}

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String email, String ip, boolean success) {
        jdbc.sql("INSERT INTO accounts.login_attempt (email, ip, success, at) VALUES (?, ?, ?, ?)")
                .params(key(email), ip == null ? "" : ip, success, Timestamp.from(Instant.now()))
                .update();
    }

    /** Blocked when a failure within the last 15 minutes was the 5th within 15 minutes. */
    boolean blocked(String email, String ip) {
        return lockedBy("email", key(email)) || lockedBy("ip", ip == null ? "" : ip);
    }

    private boolean lockedBy(String column, String value) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM accounts.login_attempt a WHERE a." + column + " = :v "
                        + "AND NOT a.success AND a.at > now() - interval '15 minutes' "
                        + "AND (SELECT count(*) FROM accounts.login_attempt b WHERE b." + column + " = :v "
                        + "AND NOT b.success AND b.at > a.at - interval '15 minutes' AND b.at <= a.at) >= :max)")
                .param("v", value)
                .param("max", MAX_FAILURES)
                .query(Boolean.class)
                .single();
    }

    public List<Attempt> historyOf(String email) {
        return jdbc.sql("SELECT ip, success, at FROM accounts.login_attempt WHERE email = ? ORDER BY at DESC")
                .param(key(email))
                .query((rs, i) -> new Attempt(
                        rs.getString("ip"),
                        rs.getBoolean("success"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    public void forget(String email) {
        jdbc.sql("DELETE FROM accounts.login_attempt WHERE email = ?")
                .param(key(email))
                .update();
    }

    private static String key(String email) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return e.length() > 320 ? e.substring(0, 320) : e;
    }
}
