package de.gemeinsinn.accounts.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use, expiring links sent by mail; stored as SHA-256 hashes only. */
@Repository
public class MailTokens {

    public enum Purpose {
        CONFIRM(Duration.ofHours(48)),
        RESET(Duration.ofHours(1));

        private final Duration validFor;

        Purpose(Duration validFor) {
            this.validFor = validFor;
        }
    }

    private final JdbcClient jdbc;

    MailTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh token for the link; earlier tokens of the same purpose stop working. */
    public String issue(UUID personId, Purpose purpose) {
        jdbc.sql("DELETE FROM accounts.mail_token WHERE person_id = ? AND purpose = ?")
                .params(personId, purpose.name())
                .update();
        String token = SecretToken.generate("");
        jdbc.sql("INSERT INTO accounts.mail_token (token_hash, person_id, purpose, expires_at) VALUES (?, ?, ?, ?)")
                .params(
                        SecretToken.hash(token),
                        personId,
                        purpose.name(),
                        Timestamp.from(Instant.now().plus(purpose.validFor)))
                .update();
        return token;
    }

    /** The person the token belongs to, if it is valid; without using it up. */
    public Optional<UUID> peek(String token, Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT person_id FROM accounts.mail_token "
                        + "WHERE token_hash = ? AND purpose = ? AND expires_at > now()")
                .params(SecretToken.hash(token), purpose.name())
                .query(UUID.class)
                .optional();
    }

    /** Uses the token up: the person it belonged to, if it was valid. */
    public Optional<UUID> consume(String token, Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("DELETE FROM accounts.mail_token "
                        + "WHERE token_hash = ? AND purpose = ? AND expires_at > now() RETURNING person_id")
                .params(SecretToken.hash(token), purpose.name())
                .query(UUID.class)
                .optional();
    }
}
