package de.gemeinsinn.accounts;

import java.util.UUID;

/**
 * A person deleted their account. Every module removes or anonymises what it holds about them;
 * content they wrote stays, attributed to "ehemaliges Mitglied".
 */
public record PersonErased(UUID personId) {

    /** How content of erased people is attributed. */
    public static final String FORMER_MEMBER = "ehemaliges Mitglied";
}
