package de.gemeinsinn.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal links of a registration. The manage token is random; the check-in token (in the QR
 * code) is derived from it, so the manage page can show the QR code again. Only SHA-256 hashes
 * of both are stored.
 */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String newManageToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String checkInToken(String manageToken) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(sha256("checkin:" + manageToken))
                .substring(0, 32);
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    /** Whether the text looks like one of our tokens (keeps junk away from the database). */
    static boolean plausible(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{20,64}");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
