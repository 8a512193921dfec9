package de.gemeinsinn.accounts.admin;

import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.accounts.domain.Scopes;
import de.gemeinsinn.accounts.web.Forms;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.platform.web.NotFoundException;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/staedte/{slug}/koordination: the coordinators of one city (and network admins) add and
 * remove coordinators of that city. A known address gets the role, an unknown one an invitation.
 */
@Controller
class CityCoordinationController {

    private final People people;
    private final RoleGrants grants;
    private final RoleAdministration roles;
    private final Invitations invitations;
    private final Access access;

    CityCoordinationController(
            People people, RoleGrants grants, RoleAdministration roles, Invitations invitations, Access access) {
        this.people = people;
        this.grants = grants;
        this.roles = roles;
        this.invitations = invitations;
        this.access = access;
    }

    @GetMapping("/admin/staedte/{slug}/koordination")
    String show(@PathVariable String slug, Model model) {
        ScopedRole role = coordinatorOf(slug);
        model.addAttribute("slug", role.scope());
        model.addAttribute(
                "coordinators",
                grants.holdersOf(role).stream()
                        .flatMap(id -> people.byId(id).stream())
                        .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CoordinatorForm(""));
        }
        return "accounts/koordination";
    }

    @PostMapping("/admin/staedte/{slug}/koordination")
    String add(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") CoordinatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        BindingResult errors = Forms.rebind(form, binding, model);
        ScopedRole role = coordinatorOf(slug);
        if (errors.hasErrors()) {
            return show(slug, model);
        }
        var known = people.byEmail(form.email());
        if (known.isPresent()) {
            roles.grant(known.get().id(), role);
            flash.addFlashAttribute("success", "accounts.roles.granted");
        } else {
            invitations.invite(form.email(), role);
            flash.addFlashAttribute("success", "accounts.invite.sent");
        }
        return "redirect:/admin/staedte/" + role.scope() + "/koordination";
    }

    @PostMapping("/admin/staedte/{slug}/koordination/entziehen")
    String revoke(@PathVariable String slug, @RequestParam UUID person, RedirectAttributes flash) {
        ScopedRole role = coordinatorOf(slug);
        roles.revoke(person, role);
        flash.addFlashAttribute("success", "accounts.roles.revoked");
        return "redirect:/admin/staedte/" + role.scope() + "/koordination";
    }

    /** The coordinator role of the city, after checking the current person may manage it. */
    private ScopedRole coordinatorOf(String slug) {
        ScopedRole role = Scopes.of(Role.CITY_COORDINATOR, slug)
                .orElseThrow(() -> new NotFoundException("Diese Stadt gibt es nicht."));
        access.requireCityManager(role.scope());
        return role;
    }
}
