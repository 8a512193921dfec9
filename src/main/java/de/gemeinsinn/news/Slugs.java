package de.gemeinsinn.news;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** URL slugs from titles: lower case, umlauts transliterated, words joined by "-". */
final class Slugs {

    /** Paths below /news that are pages, not articles. */
    static final Set<String> RESERVED = Set.of("neu", "bilder", "vorschau", "feed", "entwuerfe");

    private Slugs() {}

    static String of(String title) {
        String s = title.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        if (s.isEmpty()) {
            s = "artikel";
        }
        return RESERVED.contains(s) ? s + "-artikel" : s;
    }
}
