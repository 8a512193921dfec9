package de.gemeinsinn.events;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** URL slugs from titles: lower case, umlauts transliterated, words joined by "-". */
final class Slugs {

    /** Paths below /veranstaltungen that are pages, not events. */
    static final Set<String> RESERVED =
            Set.of("neu", "bilder", "kalender", "kalender-ics", "anmeldung", "einlass", "monat", "kalender.ics");

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
            s = "veranstaltung";
        }
        return RESERVED.contains(s) ? s + "-veranstaltung" : s;
    }
}
