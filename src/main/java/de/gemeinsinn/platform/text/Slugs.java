package de.gemeinsinn.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from German names: "Bürgerverein Batenbrock e. V." → "buergerverein-batenbrock-e-v". */
public final class Slugs {

    private Slugs() {}

    /** Lower case, umlauts transliterated, words joined by "-", at most {@code max} characters. */
    public static String of(String name, int max, String fallback) {
        String s = (name == null ? "" : name)
                .toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > max) {
            s = s.substring(0, max).replaceAll("-[^-]*$", "").replaceAll("-+$", "");
        }
        return s.isEmpty() ? fallback : s;
    }
}
