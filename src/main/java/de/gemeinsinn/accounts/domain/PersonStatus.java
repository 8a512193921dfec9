package de.gemeinsinn.accounts.domain;

/** Whether a person may log in yet. */
public enum PersonStatus {
    /** Registered, e-mail address not confirmed yet; cannot log in. */
    PENDING,
    /** Confirmed (or invited) and able to log in. */
    ACTIVE
}
