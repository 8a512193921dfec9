package de.gemeinsinn.organisations;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.images.StoredImages;
import de.gemeinsinn.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: the organisations of a city, one organisation, logos. */
@Controller
class OrganisationPagesController {

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
        StoredImages.Name n =
                StoredImages.Name.parse(name).orElseThrow(() -> new NotFoundException("Logo nicht gefunden"));
        Organisations.StoredLogo logo = organisations
                .logo(n.id(), n.thumbnail())
                .orElseThrow(() -> new NotFoundException("Logo nicht gefunden"));
        return StoredImages.response(logo.contentType(), logo.data(), name);
    }
}
