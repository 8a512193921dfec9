package de.gemeinsinn.organisations;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordination office of a city approves or rejects registered organisations. */
@Controller
class OrganisationReviewController {

    static final int NOTE_MAX = 500;

    /** One registration waiting for a decision, with who registered it (for the coordinators only). */
    record Pending(Organisation organisation, String registeredBy) {}

    private final Organisations organisations;
    private final OrganisationService service;
    private final OrganisationPermissions permissions;
    private final CityDirectory cities;
    private final PersonDirectory people;

    OrganisationReviewController(
            Organisations organisations,
            OrganisationService service,
            OrganisationPermissions permissions,
            CityDirectory cities,
            PersonDirectory people) {
        this.organisations = organisations;
        this.service = service;
        this.permissions = permissions;
        this.cities = cities;
        this.people = people;
    }

    @GetMapping("/staedte/{city}/organisationen/freigabe")
    String review(@PathVariable String city, Model model) {
        CityRef ref = cities.find(city).orElseThrow(() -> new NotFoundException("Stadt " + city));
        permissions.requireReview(city);
        List<Organisation> pending = organisations.ofCity(city, OrganisationStatus.PENDING);
        var names = people.byIds(pending.stream()
                .map(Organisation::registeredBy)
                .filter(java.util.Objects::nonNull)
                .toList());
        model.addAttribute("city", ref);
        model.addAttribute(
                "pending",
                pending.stream()
                        .map(o -> new Pending(
                                o,
                                o.registeredBy() == null || !names.containsKey(o.registeredBy())
                                        ? null
                                        : names.get(o.registeredBy()).displayName()))
                        .toList());
        model.addAttribute("rejected", organisations.ofCity(city, OrganisationStatus.REJECTED));
        return "organisations/review";
    }

    @PostMapping("/organisationen/{slug}/freigeben")
    String approve(@PathVariable String slug, RedirectAttributes flash) {
        Organisation o = service.find(slug);
        permissions.requireReview(o.citySlug());
        service.approve(o, permissions.requireUser());
        flash.addFlashAttribute("flash", "organisations.flash.approved");
        flash.addFlashAttribute("flashName", o.name());
        return "redirect:/staedte/" + o.citySlug() + "/organisationen/freigabe";
    }

    @PostMapping("/organisationen/{slug}/ablehnen")
    String reject(@PathVariable String slug, @RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
        Organisation o = service.find(slug);
        permissions.requireReview(o.citySlug());
        String n = note.strip();
        service.reject(
                o, permissions.requireUser(), n.isEmpty() ? null : n.substring(0, Math.min(NOTE_MAX, n.length())));
        flash.addFlashAttribute("flash", "organisations.flash.rejected");
        flash.addFlashAttribute("flashName", o.name());
        return "redirect:/staedte/" + o.citySlug() + "/organisationen/freigabe";
    }
}
