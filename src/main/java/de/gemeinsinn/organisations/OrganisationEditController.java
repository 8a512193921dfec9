package de.gemeinsinn.organisations;

import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.platform.images.ImageProcessor;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering an organisation (any signed-in person) and maintaining it (managers, coordinators). */
@Controller
class OrganisationEditController {

    private final OrganisationService service;
    private final OrganisationFormValidator validator;
    private final OrganisationPermissions permissions;
    private final CityDirectory cities;

    OrganisationEditController(
            OrganisationService service,
            OrganisationFormValidator validator,
            OrganisationPermissions permissions,
            CityDirectory cities) {
        this.service = service;
        this.validator = validator;
        this.permissions = permissions;
        this.cities = cities;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
        binder.initDirectFieldAccess();
    }

    @GetMapping("/organisationen/registrieren")
    String registerForm(@RequestParam(name = "stadt", required = false) String city, Model model) {
        permissions.requireUser();
        String preset = city != null && cities.find(city).isPresent() ? city : null;
        return form(model, OrganisationForm.empty(preset), null);
    }

    @PostMapping("/organisationen/registrieren")
    String register(
            @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        GemeinsinnUser user = permissions.requireUser();
        String city = OrganisationForm.orNull(form.city());
        ImageProcessor.Processed logo = validator.validate(form, city, null, user.email(), errors);
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        Organisation o = service.register(city, form, logo, user);
        flash.addFlashAttribute("flash", "organisations.flash.registered");
        return "redirect:" + o.url();
    }

    @GetMapping("/organisationen/{slug}/bearbeiten")
    String editForm(@PathVariable String slug, Model model) {
        Organisation o = service.find(slug);
        permissions.requireEdit(o);
        return form(model, OrganisationForm.of(o), o);
    }

    @PostMapping("/organisationen/{slug}/bearbeiten")
    String update(
            @PathVariable String slug,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Organisation o = service.find(slug);
        permissions.requireEdit(o);
        GemeinsinnUser user = permissions.requireUser();
        ImageProcessor.Processed logo = validator.validate(form, o.citySlug(), o.id(), user.email(), errors);
        if (errors.hasErrors()) {
            return form(model, form, o);
        }
        try {
            service.update(o, form, logo);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("conflict", true);
            return form(model, OrganisationForm.of(service.find(slug)), o);
        }
        flash.addFlashAttribute("flash", "organisations.flash.saved");
        return "redirect:" + o.url();
    }

    private String form(Model model, OrganisationForm form, Organisation organisation) {
        String city = organisation != null ? organisation.citySlug() : OrganisationForm.orNull(form.city());
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("cities", cities.all());
        model.addAttribute("quartiere", city == null ? java.util.List.of() : cities.quartiere(city));
        model.addAttribute("types", OrganisationType.values());
        return "organisations/edit";
    }
}
