package de.gemeinsinn.accounts.admin;

import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.RoleGrants;
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

/** /admin/personen: network admins find people, grant and revoke roles and invite. */
@Controller
class AdminPeopleController {

    private final People people;
    private final RoleGrants grants;
    private final RoleAdministration roles;
    private final Invitations invitations;
    private final Access access;

    AdminPeopleController(
            People people, RoleGrants grants, RoleAdministration roles, Invitations invitations, Access access) {
        this.people = people;
        this.grants = grants;
        this.roles = roles;
        this.invitations = invitations;
        this.access = access;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    /** The layout's "Verwaltung" link; people are the only admin area so far. */
    @GetMapping("/admin")
    String adminHome() {
        access.requireNetworkAdmin();
        return "redirect:/admin/personen";
    }

    @GetMapping("/admin/personen")
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        access.requireNetworkAdmin();
        model.addAttribute("q", q);
        model.addAttribute("people", people.search(q));
        if (!model.containsAttribute("invite")) {
            model.addAttribute("invite", InviteForm.empty());
        }
        return "accounts/admin-personen";
    }

    @PostMapping("/admin/einladungen")
    String invite(
            @Valid @ModelAttribute("invite") InviteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        BindingResult errors = Forms.rebind(form, binding, model);
        access.requireNetworkAdmin();
        var role = form.scopedRole(errors);
        if (errors.hasErrors() || role.isEmpty()) {
            return list("", model);
        }
        invitations.invite(form.email(), role.get());
        flash.addFlashAttribute("success", "accounts.invite.sent");
        return "redirect:/admin/personen";
    }

    @GetMapping("/admin/personen/{id}")
    String show(@PathVariable UUID id, Model model) {
        access.requireNetworkAdmin();
        model.addAttribute(
                "person", people.byId(id).orElseThrow(() -> new NotFoundException("Diese Person gibt es nicht.")));
        model.addAttribute("grants", grants.grantsOf(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RoleForm.empty());
        }
        return "accounts/admin-person";
    }

    @PostMapping("/admin/personen/{id}/rollen")
    String grant(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RoleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        BindingResult errors = Forms.rebind(form, binding, model);
        access.requireNetworkAdmin();
        var role = form.scopedRole(errors);
        if (errors.hasErrors() || role.isEmpty()) {
            return show(id, model);
        }
        roles.grant(id, role.get());
        flash.addFlashAttribute("success", "accounts.roles.granted");
        return "redirect:/admin/personen/" + id;
    }

    @PostMapping("/admin/personen/{id}/rollen/entziehen")
    String revoke(
            @PathVariable UUID id,
            @RequestParam Role role,
            @RequestParam(defaultValue = "") String scope,
            RedirectAttributes flash) {
        access.requireNetworkAdmin();
        try {
            roles.revoke(id, new ScopedRole(role, scope));
            flash.addFlashAttribute("success", "accounts.roles.revoked");
        } catch (RoleAdministration.LastAdminException e) {
            flash.addFlashAttribute("failure", "accounts.roles.lastAdmin");
        }
        return "redirect:/admin/personen/" + id;
    }
}
