package de.gemeinsinn.meetings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links that work without login: {@code <person>.<kind>.<HMAC>}, signed with a
 * secret kept in the database (created once, shared by all instances).
 */
@Component
class UnsubscribeLinks {

    record Target(UUID personId, MailKind kind) {}

    private final JdbcClient jdbc;
    private volatile byte[] key;

    UnsubscribeLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String path(UUID personId, MailKind kind) {
        String payload = personId + "." + kind.name();
        return "/benachrichtigungen/abbestellen?token=" + payload + "." + sign(payload);
    }

    Optional<Target> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            MailKind kind = MailKind.parse(parts[1]);
            return kind == null ? Optional.empty() : Optional.of(new Target(UUID.fromString(parts[0]), kind));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sig = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("INSERT INTO meetings.secret (name, value) VALUES ('unsubscribe', ?) ON CONFLICT DO NOTHING")
                    .param(Base64.getEncoder().encodeToString(fresh))
                    .update();
            String stored = jdbc.sql("SELECT value FROM meetings.secret WHERE name = 'unsubscribe'")
                    .query(String.class)
                    .single();
            k = Base64.getDecoder().decode(stored);
            key = k;
        }
        return k;
    }
}
