package de.gemeinsinn.accounts.tokens;

import de.gemeinsinn.accounts.domain.SecretToken;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens; the secret is shown once and only its SHA-256 hash is stored. */
@Repository
public class ApiTokens {

    /** Token metadata, never the secret. */
    public record TokenInfo(
            UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean usable() {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
        }
    }

    static final String PREFIX = "gs_";

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a token and returns the secret, which is not stored anywhere. */
    String create(UUID personId, String name, Instant expiresAt) {
        String secret = SecretToken.generate(PREFIX);
        store(personId, name, secret, expiresAt);
        return secret;
    }

    /** Stores a given secret (the operator's bootstrap token); idempotent. */
    public void store(UUID personId, String name, String secret, Instant expiresAt) {
        jdbc.sql("INSERT INTO accounts.api_token (id, person_id, name, token_hash, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (token_hash) DO NOTHING")
                .params(
                        UUID.randomUUID(),
                        personId,
                        name,
                        SecretToken.hash(secret),
                        Timestamp.from(Instant.now()),
                        expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
    }

    /** The owner of a usable token, noting the use. */
    Optional<UUID> use(String secret) {
        return jdbc.sql("UPDATE accounts.api_token SET last_used_at = now() WHERE token_hash = ? "
                        + "AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) RETURNING person_id")
                .param(SecretToken.hash(secret))
                .query(UUID.class)
                .optional();
    }

    public List<TokenInfo> of(UUID personId) {
        return jdbc.sql("SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM accounts.api_token "
                        + "WHERE person_id = ? ORDER BY created_at DESC")
                .param(personId)
                .query((rs, i) -> new TokenInfo(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the person's own tokens; false when it is not theirs or already revoked. */
    boolean revoke(UUID personId, UUID tokenId) {
        return jdbc.sql("UPDATE accounts.api_token SET revoked_at = now() "
                                + "WHERE id = ? AND person_id = ? AND revoked_at IS NULL")
                        .params(tokenId, personId)
                        .update()
                > 0;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
