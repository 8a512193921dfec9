package de.gemeinsinn.network;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from German names: "Rheinfelden (Baden)" → "rheinfelden-baden". */
final class Slugs {

    private Slugs() {}

    static String of(String name) {
        String s = name.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
