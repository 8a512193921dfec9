package de.gemeinsinn.barcamp;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a room offers and what a session needs. */
enum Feature {
    STEP_FREE,
    PROJECTOR,
    MICROPHONE,
    HEARING_LOOP;

    static Set<Feature> parse(List<String> values) {
        EnumSet<Feature> set = EnumSet.noneOf(Feature.class);
        if (values != null) {
            for (String v : values) {
                try {
                    set.add(Feature.valueOf(v));
                } catch (IllegalArgumentException | NullPointerException ignored) {
                    // unknown values are dropped, never a 500
                }
            }
        }
        return set;
    }

    static Set<Feature> parse(String[] values) {
        return parse(values == null ? List.of() : List.of(values));
    }

    static String[] names(Set<Feature> features) {
        return features.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
