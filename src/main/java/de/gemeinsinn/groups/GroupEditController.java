package de.gemeinsinn.groups;

import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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

/** Creating groups (city coordinators, network admins) and editing them (also leads). */
@Controller
class GroupEditController {

    private final GroupAccess access;
    private final GroupService service;
    private final GroupFormValidator validator;
    private final CityDirectory cities;

    GroupEditController(GroupAccess access, GroupService service, GroupFormValidator validator, CityDirectory cities) {
        this.access = access;
        this.service = service;
        this.validator = validator;
        this.cities = cities;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
        binder.initDirectFieldAccess();
    }

    @GetMapping("/gruppen/neu")
    String newForm(@RequestParam(name = "stadt", required = false) String city, Model model) {
        access.requireUser();
        if (!access.canCreateAny()) {
            throw new AccessDeniedException("no role to create groups");
        }
        String preset = city != null && access.canCreate(city) ? city : null;
        return form(model, GroupForm.empty(preset), null);
    }

    @PostMapping("/gruppen/neu")
    String create(@ModelAttribute("form") GroupForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        GemeinsinnUser user = access.requireUser();
        String city = form.citySlug();
        if (!access.canCreate(city)) {
            throw new AccessDeniedException("not allowed to create groups for " + city);
        }
        validator.validate(form, city, errors);
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        Group g = service.create(city, form, user.personId());
        flash.addFlashAttribute("flash", "groups.flash.created");
        return "redirect:" + g.url();
    }

    @GetMapping("/gruppen/{slug}/bearbeiten")
    String editForm(@PathVariable String slug, Model model) {
        Group g = access.requireManage(slug);
        return form(model, GroupForm.of(g), g);
    }

    @PostMapping("/gruppen/{slug}/bearbeiten")
    String update(
            @PathVariable String slug,
            @ModelAttribute("form") GroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Group g = access.requireManage(slug);
        validator.validate(form, g.citySlug(), errors);
        if (errors.hasErrors()) {
            return form(model, form, g);
        }
        try {
            service.update(g, form);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("conflict", true);
            Group now = access.find(slug);
            return form(model, GroupForm.of(now), now);
        }
        flash.addFlashAttribute("flash", "groups.flash.saved");
        return "redirect:" + g.url();
    }

    private String form(Model model, GroupForm form, Group group) {
        String city = group != null ? group.citySlug() : form.citySlug();
        List<CityRef> allowed =
                cities.all().stream().filter(c -> access.canCreate(c.slug())).toList();
        model.addAttribute("form", form);
        model.addAttribute("group", group);
        model.addAttribute("cityOptions", allowed);
        model.addAttribute("networkAllowed", access.canCreate(null));
        model.addAttribute(
                "cityName",
                city == null ? null : cities.find(city).map(CityRef::name).orElse(city));
        model.addAttribute("quartiere", city == null ? List.of() : cities.quartiere(city));
        model.addAttribute("visibilities", GroupVisibility.values());
        model.addAttribute("policies", JoinPolicy.values());
        return "groups/edit";
    }
}
