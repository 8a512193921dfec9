package de.gemeinsinn.accounts.privacy;

import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.accounts.login.CurrentUser;
import de.gemeinsinn.accounts.web.Forms;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /konto: overview with name, address and roles, and changing the display name. */
@Controller
class AccountController {

    private final Access access;
    private final RoleGrants grants;
    private final Profiles profiles;
    private final CurrentUser currentUser;

    AccountController(Access access, RoleGrants grants, Profiles profiles, CurrentUser currentUser) {
        this.access = access;
        this.grants = grants;
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @GetMapping("/konto")
    String overview(Model model) {
        GemeinsinnUser me = access.requireUser();
        model.addAttribute("me", me);
        model.addAttribute("grants", grants.grantsOf(me.personId()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ProfileForm(me.displayName()));
        }
        return "accounts/konto";
    }

    @PostMapping("/konto/profil")
    String rename(
            @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        BindingResult errors = Forms.rebind(form, binding, model);
        if (errors.hasErrors()) {
            return overview(model);
        }
        profiles.rename(access.requireUser().personId(), form.displayName());
        currentUser.refresh(request, response);
        flash.addFlashAttribute("success", "accounts.profile.saved");
        return "redirect:/konto";
    }
}
