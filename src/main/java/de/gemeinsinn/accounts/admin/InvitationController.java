package de.gemeinsinn.accounts.admin;

import de.gemeinsinn.accounts.login.CurrentUser;
import de.gemeinsinn.accounts.web.Forms;
import de.gemeinsinn.platform.security.Access;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * /einladung?token=...: anonymous visitors create their account; signed-in people whose address
 * was invited add the role to their account.
 */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final Access access;
    private final CurrentUser currentUser;

    InvitationController(Invitations invitations, Access access, CurrentUser currentUser) {
        this.invitations = invitations;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/einladung")
    String show(@RequestParam(required = false) String token, Model model) {
        var invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            return "accounts/einladung-ungueltig";
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("token", token);
        model.addAttribute("signedIn", access.currentUser().isPresent());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new InvitationForm(token, "", "", "", false));
        }
        return "accounts/einladung";
    }

    @PostMapping("/einladung")
    String register(
            @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        BindingResult errors = Forms.rebindCheckingPasswords(form, binding, model);
        if (errors.hasErrors()) {
            return show(form.token(), model);
        }
        if (!invitations.acceptAsNewPerson(form.token(), form.displayName(), form.password())) {
            return "accounts/einladung-ungueltig";
        }
        flash.addFlashAttribute("success", "accounts.invite.accepted");
        return "redirect:/anmelden";
    }

    /** Needs a login, so "log in to accept" comes back here after the login page. */
    @GetMapping("/einladung/annehmen")
    String afterLogin(@RequestParam(required = false) String token) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/einladung")
                        .queryParam("token", token)
                        .encode()
                        .toUriString();
    }

    @PostMapping("/einladung/annehmen")
    String accept(
            @RequestParam(required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (!invitations.acceptAsCurrentUser(token)) {
            return "accounts/einladung-ungueltig";
        }
        currentUser.refresh(request, response);
        flash.addFlashAttribute("success", "accounts.invite.accepted");
        return "redirect:/konto";
    }
}
