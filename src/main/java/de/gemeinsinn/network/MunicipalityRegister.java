package de.gemeinsinn.network;

import de.gemeinsinn.network.MemberCityJoin.Municipality;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The GV100 municipality register, read once on first use, for adding new member cities. */
@Component
class MunicipalityRegister {

    static final int MAX_HITS = 20;

    private volatile List<Municipality> all;

    List<Municipality> all() {
        List<Municipality> result = all;
        if (result == null) {
            result = Csv.read("demo/gemeinden_de_gv100_2019.csv").stream()
                    .filter(row -> !row.get("lat").isBlank() && !row.get("lon").isBlank())
                    .map(Municipality::of)
                    .toList();
            all = result;
        }
        return result;
    }

    /** Municipalities whose name contains the query, names starting with it first. */
    List<Municipality> search(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip().toLowerCase(Locale.GERMAN);
        return all().stream()
                .filter(m -> m.officialName().toLowerCase(Locale.GERMAN).contains(q))
                .sorted(Comparator.comparing((Municipality m) ->
                                !m.officialName().toLowerCase(Locale.GERMAN).startsWith(q))
                        .thenComparing(m -> m.population() == null ? 0 : -m.population()))
                .limit(MAX_HITS)
                .toList();
    }

    Optional<Municipality> byAgs(String ags) {
        return ags == null
                ? Optional.empty()
                : all().stream().filter(m -> m.ags().equals(ags)).findFirst();
    }

    /** "Bottrop, Stadt" → "Bottrop"; "Bautzen / Budyšin, Stadt" → "Bautzen / Budyšin". */
    static String shortName(Municipality m) {
        int comma = m.officialName().indexOf(", ");
        return comma < 0 ? m.officialName() : m.officialName().substring(0, comma);
    }
}
