package de.gemeinsinn.meetings;

/** The kinds of mail a person can switch on and off; DIGEST is off unless chosen. */
enum MailKind {
    INVITATION(true),
    POLL(true),
    SCHEDULED(true),
    CHANGED(true),
    CANCELLED(true),
    MINUTES(true),
    ACTION_ASSIGNED(true),
    ACTION_DUE(true),
    DIGEST(false);

    final boolean defaultOn;

    MailKind(boolean defaultOn) {
        this.defaultOn = defaultOn;
    }

    static MailKind parse(String s) {
        try {
            return s == null ? null : valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
