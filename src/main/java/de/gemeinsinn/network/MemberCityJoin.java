package de.gemeinsinn.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Joins the list of member cities (name + state code) with the GV100 municipality register
 * (AGS, official name, population, coordinates). Pure logic, no I/O.
 */
final class MemberCityJoin {

    static final String BOTTROP_AGS = "05512000";
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");
    private static final Pattern UP_TO = Pattern.compile("^<=\\s*(\\d{4})");

    /** One row of the GV100 register. */
    record Municipality(String ags, String officialName, double lat, double lon, Integer population) {

        static Municipality of(Map<String, String> row) {
            String pop = row.get("population");
            return new Municipality(
                    row.get("ags"),
                    row.get("name"),
                    Double.parseDouble(row.get("lat")),
                    Double.parseDouble(row.get("lon")),
                    pop == null || pop.isBlank() ? null : Integer.valueOf(pop));
        }

        /** The names a member list might use for this municipality. */
        Set<String> namesForMatching() {
            String base = officialName;
            String suffix = null;
            int comma = officialName.indexOf(", ");
            if (comma >= 0) {
                base = officialName.substring(0, comma);
                suffix = officialName.substring(comma + 2);
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(base);
            for (String part : base.split(" / ")) {
                names.add(part.trim());
            }
            if (suffix != null && !suffix.contains(" ") && !suffix.contains(".")) {
                names.add(suffix + " " + base); // "Wittenberg, Lutherstadt" → "Lutherstadt Wittenberg"
            }
            return names;
        }
    }

    /** One row of the member list. */
    record Member(String name, String stateCode, String yearOrCohort) {

        static Member of(Map<String, String> row) {
            return new Member(row.get("city").trim(), row.get("land").trim(), row.get("year_or_cohort"));
        }
    }

    /**
     * A member city with register data. {@code districtOf} is true when the member is a part of a
     * municipality (e.g. Mainz-Mombach): then it has the municipality's AGS and coordinates but no
     * population of its own.
     */
    record JoinedCity(
            String name,
            String officialName,
            String ags,
            State state,
            Integer population,
            double lat,
            double lon,
            Integer memberSince,
            boolean districtOf) {

        String slug() {
            return Slugs.of(name);
        }
    }

    record Result(List<JoinedCity> cities, List<Member> unmatched) {}

    private MemberCityJoin() {}

    static Result join(List<Municipality> register, List<Member> members) {
        List<JoinedCity> cities = new ArrayList<>();
        List<Member> unmatched = new ArrayList<>();
        for (Member member : members) {
            Optional<State> state = State.ofCode(member.stateCode());
            if (state.isEmpty()) {
                unmatched.add(member);
                continue;
            }
            Optional<JoinedCity> city = match(register, member, state.get());
            city.ifPresentOrElse(cities::add, () -> unmatched.add(member));
        }
        return new Result(cities, unmatched);
    }

    private static Optional<JoinedCity> match(List<Municipality> register, Member member, State state) {
        Integer since = memberSince(member);
        Optional<Municipality> exact = best(register, member.name(), state);
        if (exact.isPresent()) {
            Municipality m = exact.get();
            return Optional.of(new JoinedCity(
                    member.name(), m.officialName(), m.ags(), state, m.population(), m.lat(), m.lon(), since, false));
        }
        int dash = member.name().indexOf('-');
        if (dash > 0) {
            String parent = member.name().substring(0, dash);
            return best(register, parent, state)
                    .map(m -> new JoinedCity(
                            member.name(),
                            m.officialName() + " (Stadtteil " + member.name().substring(dash + 1) + ")",
                            m.ags(),
                            state,
                            null,
                            m.lat(),
                            m.lon(),
                            since,
                            true));
        }
        return Optional.empty();
    }

    /** Same name in the same state; several hits (rare) → the most populous one. */
    private static Optional<Municipality> best(List<Municipality> register, String name, State state) {
        return register.stream()
                .filter(m -> m.ags().startsWith(state.agsPrefix))
                .filter(m -> m.namesForMatching().contains(name))
                .max(Comparator.comparing(m -> m.population() == null ? 0 : m.population()));
    }

    /**
     * The join year: a leading year ("2015", "2015 nominee") is taken as is; otherwise ("n/a",
     * "<=2017") a stable pseudo-random year from 2015 to 2019 (capped by an upper bound).
     */
    static Integer memberSince(Member member) {
        String raw = member.yearOrCohort() == null ? "" : member.yearOrCohort().trim();
        Matcher year = YEAR.matcher(raw);
        if (year.find()) {
            return Integer.valueOf(year.group(1));
        }
        int last = 2019;
        Matcher upTo = UP_TO.matcher(raw);
        if (upTo.find()) {
            last = Math.max(2015, Math.min(last, Integer.parseInt(upTo.group(1))));
        }
        return 2015 + Math.floorMod(member.name().hashCode(), last - 2015 + 1);
    }

    static Map<String, Municipality> byAgs(List<Municipality> register) {
        return register.stream().collect(Collectors.toMap(Municipality::ags, m -> m, (a, b) -> a));
    }
}
