package de.gemeinsinn.organisations;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.web.NotFoundException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: the organisations of a city, one organisation, logos. */
@Controller
class OrganisationPagesController {

    private static final String THUMB_SUFFIX = "-klein";

    private final Organisations organisations;
    private final OrganisationPermissions permissions;
    private final CityDirectory cities;
    private final PersonDirectory people;

    OrganisationPagesController(
            Organisations organisations,
            OrganisationPermissions permissions,
            CityDirectory cities,
            PersonDirectory people) {
        this.organisations = organisations;
        this.permissions = permissions;
        this.cities = cities;
        this.people = people;
    }

    @GetMapping("/staedte/{city}/organisationen")
    String list(@PathVariable String city, Model model) {
        CityRef ref = cities.find(city).orElseThrow(() -> new NotFoundException("Stadt " + city));
        model.addAttribute("city", ref);
        model.addAttribute("organisations", organisations.ofCity(city, OrganisationStatus.APPROVED));
        model.addAttribute("canReview", permissions.canReview(city));
        return "organisations/list";
    }

    @GetMapping("/organisationen/{slug}")
    String page(@PathVariable String slug, Model model) {
        Organisation o = organisations
                .bySlug(slug)
                .filter(permissions::canSee)
                .orElseThrow(() -> new NotFoundException("Organisation " + slug));
        model.addAttribute("organisation", o);
        model.addAttribute("city", cities.find(o.citySlug()).orElse(null));
        boolean canEdit = permissions.canEdit(o);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canReview", permissions.canReview(o.citySlug()));
        model.addAttribute(
                "managers",
                canEdit
                        ? people.byIds(organisations.managers(o.id())).values().stream()
                                .map(PersonDirectory.PersonRef::displayName)
                                .toList()
                        : java.util.List.of());
        return "organisations/organisation";
    }

    @GetMapping("/organisationen/logos/{name}.jpg")
    ResponseEntity<byte[]> logo(@PathVariable String name) {
        boolean thumbnail = name.endsWith(THUMB_SUFFIX);
        String id = thumbnail ? name.substring(0, name.length() - THUMB_SUFFIX.length()) : name;
        Organisations.StoredLogo logo = organisations
                .logo(parse(id), thumbnail)
                .orElseThrow(() -> new NotFoundException("Logo nicht gefunden"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(logo.data());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Logo nicht gefunden");
        }
    }
}
