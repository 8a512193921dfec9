package de.gemeinsinn.meetings;

/** Status of a decision or an action item. */
enum WorkStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    static WorkStatus parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
