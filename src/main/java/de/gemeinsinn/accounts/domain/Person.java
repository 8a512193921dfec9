package de.gemeinsinn.accounts.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** Someone with a login. The verbs refuse transitions that make no sense. */
public final class Person {

    private final UUID id;
    private final String email;
    private String displayName;
    private String passwordHash;
    private PersonStatus status;
    private final Instant createdAt;

    public Person(
            UUID id, String email, String displayName, String passwordHash, PersonStatus status, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.email = normaliseEmail(email);
        this.displayName = requireName(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Self-registration: the address still has to be confirmed. */
    public static Person register(String email, String displayName, String passwordHash, Instant now) {
        return new Person(UUID.randomUUID(), email, displayName, passwordHash, PersonStatus.PENDING, now);
    }

    /** Invited or bootstrapped people proved their address already. */
    public static Person active(String email, String displayName, String passwordHash, Instant now) {
        return new Person(UUID.randomUUID(), email, displayName, passwordHash, PersonStatus.ACTIVE, now);
    }

    public static String normaliseEmail(String email) {
        return Objects.requireNonNull(email, "email").trim().toLowerCase(Locale.ROOT);
    }

    public void confirm() {
        if (status != PersonStatus.PENDING) {
            throw new IllegalStateException("only pending people can be confirmed");
        }
        status = PersonStatus.ACTIVE;
    }

    /** For bootstrapping an administrator whose address is given by the operator. */
    public void activate() {
        status = PersonStatus.ACTIVE;
    }

    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
    }

    public void rename(String newName) {
        displayName = requireName(newName);
    }

    public boolean isActive() {
        return status == PersonStatus.ACTIVE;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("display name must not be blank");
        }
        return name.trim();
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public PersonStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
