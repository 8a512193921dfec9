package de.gemeinsinn.events;

import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Region codes ({@code west}) and names ({@code West}) and member cities, from the network module. */
@Component
class Regions {

    private final CityDirectory cities;

    Regions(CityDirectory cities) {
        this.cities = cities;
    }

    static String code(String name) {
        return name == null
                ? null
                : name.toLowerCase(Locale.GERMAN)
                        .replace("ü", "ue")
                        .replace("ö", "oe")
                        .replace("ä", "ae");
    }

    /** code → name, in the network's order. */
    Map<String, String> all() {
        Map<String, String> result = new LinkedHashMap<>();
        for (String name : cities.regions()) {
            result.put(code(name), name);
        }
        return result;
    }

    String name(String code) {
        return code == null ? null : all().get(code);
    }

    boolean exists(String code) {
        return code != null && all().containsKey(code);
    }

    List<CityRef> cities() {
        return cities.all();
    }

    Optional<CityRef> city(String slug) {
        return slug == null ? Optional.empty() : cities.find(slug);
    }

    List<String> citySlugsOf(String regionCode) {
        return cities.all().stream()
                .filter(c -> regionCode != null && regionCode.equals(code(c.region())))
                .map(CityRef::slug)
                .toList();
    }

    Map<String, CityRef> bySlug() {
        Map<String, CityRef> result = new LinkedHashMap<>();
        cities.all().forEach(c -> result.put(c.slug(), c));
        return result;
    }
}
