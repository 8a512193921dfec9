package de.gemeinsinn.network;

import java.util.Arrays;
import java.util.Optional;

/** Population size classes for the city filter; {@code key} is the URL value. */
enum SizeClass {
    SMALL("klein", 0, 50_000),
    MEDIUM("mittel", 50_000, 100_000),
    LARGE("gross", 100_000, 500_000),
    METROPOLIS("metropole", 500_000, Integer.MAX_VALUE);

    final String key;
    final int from;
    final int below;

    SizeClass(String key, int from, int below) {
        this.key = key;
        this.from = from;
        this.below = below;
    }

    public String getKey() {
        return key;
    }

    /** Message key of the label. */
    public String getLabelKey() {
        return "network.size." + key;
    }

    static Optional<SizeClass> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
