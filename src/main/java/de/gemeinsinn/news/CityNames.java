package de.gemeinsinn.news;

import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Resolves city slugs through the network module. A slug the directory does not know (yet)
 * is shown as it is, so news never breaks because a city is missing.
 */
@Component
class CityNames {

    private final CityDirectory cities;

    CityNames(CityDirectory cities) {
        this.cities = cities;
    }

    /** All cities by slug: one query for a whole list page. */
    Map<String, CityRef> bySlug() {
        return cities.all().stream().collect(Collectors.toMap(CityRef::slug, Function.identity(), (a, b) -> a));
    }

    Optional<CityRef> find(String slug) {
        return slug == null ? Optional.empty() : cities.find(slug);
    }

    List<CityRef> all() {
        return cities.all();
    }

    List<String> regions() {
        return cities.regions();
    }

    /** A choice in the city select. */
    record Option(String slug, String name) {}

    /**
     * The cities someone may write for: all known cities for network admins ({@code allowed ==
     * null}), else their own; the current value is always kept so that editing never loses it.
     */
    List<Option> options(List<String> allowed, String current) {
        Map<String, CityRef> bySlug = bySlug();
        java.util.LinkedHashSet<String> slugs = new java.util.LinkedHashSet<>();
        if (allowed == null) {
            slugs.addAll(bySlug.keySet());
        } else {
            slugs.addAll(allowed);
        }
        if (current != null) {
            slugs.add(current);
        }
        return slugs.stream()
                .map(s -> new Option(s, name(bySlug, s)))
                .sorted(java.util.Comparator.comparing(Option::name))
                .toList();
    }

    static String name(Map<String, CityRef> bySlug, String slug) {
        if (slug == null) {
            return null;
        }
        CityRef city = bySlug.get(slug);
        return city == null ? slug : city.name();
    }

    ArticleSummary summary(Article a, Map<String, CityRef> bySlug) {
        return new ArticleSummary(
                a.slug(),
                a.title(),
                a.teaser(),
                a.tags(),
                a.citySlug(),
                name(bySlug, a.citySlug()),
                a.region(),
                a.publishedAt(),
                a.imageId(),
                a.imageAlt());
    }

    ArticleSummary summary(Article a) {
        return summary(a, find(a.citySlug()).map(c -> Map.of(c.slug(), c)).orElse(Map.of()));
    }
}
