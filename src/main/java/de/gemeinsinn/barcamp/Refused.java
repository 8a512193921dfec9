package de.gemeinsinn.barcamp;

/** An action that is not possible now (wrong phase, stale plan ...); the key is a German message. */
class Refused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    Refused(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
