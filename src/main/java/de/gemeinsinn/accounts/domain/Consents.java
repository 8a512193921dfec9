package de.gemeinsinn.accounts.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What people agreed to, with the version of the text and the time. */
@Repository
public class Consents {

    /** Version of the privacy policy text (templates/platform/datenschutz.html) people agree to. */
    public static final String PRIVACY_POLICY_VERSION = "datenschutz-2026-01";

    public static final String PRIVACY_POLICY = "privacy-policy";

    public record Consent(String purpose, String textVersion, Instant givenAt) {}

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordPrivacyPolicy(UUID personId, Instant at) {
        jdbc.sql("INSERT INTO accounts.consent (person_id, purpose, text_version, given_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(personId, PRIVACY_POLICY, PRIVACY_POLICY_VERSION, Timestamp.from(at))
                .update();
    }

    public List<Consent> of(UUID personId) {
        return jdbc.sql("SELECT purpose, text_version, given_at FROM accounts.consent WHERE person_id = ? "
                        + "ORDER BY given_at")
                .param(personId)
                .query((rs, i) -> new Consent(
                        rs.getString("purpose"),
                        rs.getString("text_version"),
                        rs.getTimestamp("given_at").toInstant()))
                .list();
    }
}
