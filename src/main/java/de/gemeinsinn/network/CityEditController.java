package de.gemeinsinn.network;

import de.gemeinsinn.network.CityViews.CityProfile;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.web.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators edit their own city, network admins every city. An {@code AccessDeniedException}
 * from {@link Access} propagates: anonymous visitors are sent to the login, others get 403.
 */
@Controller
class CityEditController {

    static final String FORM = "form";

    private final CityQueries queries;
    private final CityEditing editing;
    private final Access access;

    CityEditController(CityQueries queries, CityEditing editing, Access access) {
        this.queries = queries;
        this.editing = editing;
        this.access = access;
    }

    @GetMapping("/staedte/{slug}/bearbeiten")
    String form(@PathVariable String slug, Model model) {
        access.requireCityManager(slug);
        CityProfile city = city(slug);
        model.addAttribute(FORM, CityEditForm.of(city));
        model.addAttribute("city", city);
        return "network/edit";
    }

    @PostMapping("/staedte/{slug}/bearbeiten")
    String save(
            @PathVariable String slug,
            @Valid @ModelAttribute(FORM) CityEditForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireCityManager(slug);
        CityProfile city = city(slug);
        form.check(errors);
        model.addAttribute("city", city);
        if (errors.hasErrors()) {
            return "network/edit";
        }
        if (editing.save(slug, form) == CityEditing.Outcome.CONFLICT) {
            // keep everything the person typed; the next save knowingly overwrites the other change
            model.addAttribute(FORM, form.withVersion(city.version()));
            model.addAttribute("conflict", true);
            return "network/edit";
        }
        redirect.addFlashAttribute("flash", "network.edit.saved");
        return "redirect:/staedte/" + slug;
    }

    private CityProfile city(String slug) {
        return queries.profile(slug).orElseThrow(() -> new NotFoundException("Stadt " + slug));
    }
}
