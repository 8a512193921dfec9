package de.gemeinsinn.network;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 16 German states with the AGS prefix of their municipalities and the network region they
 * belong to (see docs/adr/0004-network-directory-data.md).
 */
enum State {
    SH("Schleswig-Holstein", "01", "nord"),
    HH("Hamburg", "02", "nord"),
    NI("Niedersachsen", "03", "nord"),
    HB("Bremen", "04", "nord"),
    NW("Nordrhein-Westfalen", "05", "west"),
    HE("Hessen", "06", "mitte"),
    RP("Rheinland-Pfalz", "07", "west"),
    BW("Baden-Württemberg", "08", "sued"),
    BY("Bayern", "09", "sued"),
    SL("Saarland", "10", "west"),
    BE("Berlin", "11", "ost"),
    BB("Brandenburg", "12", "ost"),
    MV("Mecklenburg-Vorpommern", "13", "nord"),
    SN("Sachsen", "14", "ost"),
    ST("Sachsen-Anhalt", "15", "ost"),
    TH("Thüringen", "16", "mitte");

    final String displayName;
    final String agsPrefix;
    final String regionSlug;

    State(String displayName, String agsPrefix, String regionSlug) {
        this.displayName = displayName;
        this.agsPrefix = agsPrefix;
        this.regionSlug = regionSlug;
    }

    public String code() {
        return name();
    }

    public String displayName() {
        return displayName;
    }

    static Optional<State> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }

    static Optional<State> ofAgs(String ags) {
        return ags == null || ags.length() < 2
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(s -> ags.startsWith(s.agsPrefix))
                        .findFirst();
    }
}
