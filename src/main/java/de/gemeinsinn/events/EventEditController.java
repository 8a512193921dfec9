package de.gemeinsinn.events;

import de.gemeinsinn.network.CityRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing events (coordinators for their cities, network admins for all). */
@Controller
class EventEditController {

    private final EventService service;
    private final EventPagesController pages;
    private final EventPermissions permissions;
    private final Regions regions;

    EventEditController(
            EventService service, EventPagesController pages, EventPermissions permissions, Regions regions) {
        this.service = service;
        this.pages = pages;
        this.permissions = permissions;
        this.regions = regions;
    }

    private void options(Model model) {
        List<String> mine = permissions.coordinatedCities();
        boolean admin = permissions.isNetworkAdmin();
        model.addAttribute("networkAllowed", admin);
        model.addAttribute(
                "cityOptions",
                regions.cities().stream()
                        .filter(c -> admin || mine.contains(c.slug()))
                        .toList());
        model.addAttribute("regions", regions.all());
    }

    @GetMapping("/veranstaltungen/neu")
    String newForm(@RequestParam(required = false) String stadt, Model model) {
        permissions.requireCreateAny();
        String city = stadt;
        if (city == null && !permissions.isNetworkAdmin()) {
            city = permissions.coordinatedCities().get(0);
        }
        model.addAttribute("form", EventForm.empty(city));
        model.addAttribute("errors", Map.of());
        model.addAttribute("event", null);
        options(model);
        return "events/edit";
    }

    @PostMapping("/veranstaltungen/neu")
    String create(@ModelAttribute("form") EventForm form, Model model, RedirectAttributes flash) {
        permissions.requireCreateAny();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<CityRef> city = regions.city(blank(form.citySlug()));
        EventInput in = form.toInput(errors, city);
        if (!permissions.canCreate(in.citySlug())) {
            throw new AccessDeniedException("not allowed for " + in.citySlug());
        }
        errors.putAll(service.validate(in));
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("event", null);
            options(model);
            return "events/edit";
        }
        Event e = service.create(in, permissions.currentUser().orElseThrow());
        flash.addFlashAttribute("flash", "events.flash.created");
        return "redirect:" + e.url();
    }

    @GetMapping("/veranstaltungen/{slug}/bearbeiten")
    String editForm(@PathVariable String slug, Model model) {
        Event e = pages.find(slug);
        permissions.requireOrganiser(e);
        model.addAttribute("form", EventForm.of(e));
        model.addAttribute("errors", Map.of());
        model.addAttribute("event", e);
        options(model);
        keepCurrentCity(e, model);
        return "events/edit";
    }

    /** A named organiser may keep the event's city even without coordinating it. */
    private void keepCurrentCity(Event e, Model model) {
        @SuppressWarnings("unchecked")
        List<CityRef> options = (List<CityRef>) model.getAttribute("cityOptions");
        if (e.citySlug() != null && options.stream().noneMatch(c -> c.slug().equals(e.citySlug()))) {
            regions.city(e.citySlug()).ifPresent(c -> {
                var all = new java.util.ArrayList<>(options);
                all.add(0, c);
                model.addAttribute("cityOptions", all);
            });
        }
        if (e.citySlug() == null) {
            model.addAttribute("networkAllowed", true);
        }
    }

    @PostMapping("/veranstaltungen/{slug}/bearbeiten")
    String update(
            @PathVariable String slug, @ModelAttribute("form") EventForm form, Model model, RedirectAttributes flash) {
        Event e = pages.find(slug);
        permissions.requireOrganiser(e);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<CityRef> city = regions.city(blank(form.citySlug()));
        EventInput in = form.toInput(errors, city);
        boolean sameOwner = java.util.Objects.equals(in.citySlug(), e.citySlug());
        if (!sameOwner && !permissions.canCreate(in.citySlug())) {
            throw new AccessDeniedException("may not move the event to " + in.citySlug());
        }
        errors.putAll(service.validate(in));
        if (errors.isEmpty()) {
            Optional<Event> saved = service.update(e, in, form.version() == null ? e.version() : form.version());
            if (saved.isPresent()) {
                flash.addFlashAttribute("flash", "events.flash.saved");
                return "redirect:" + saved.get().url();
            }
            errors.put("version", "Jemand anderes hat die Veranstaltung inzwischen geändert. Bitte neu laden.");
        }
        model.addAttribute("errors", errors);
        model.addAttribute("event", e);
        options(model);
        keepCurrentCity(e, model);
        return "events/edit";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
