package de.gemeinsinn.accounts.tokens;

import de.gemeinsinn.accounts.web.Forms;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /konto/tokens: create (secret shown once), list and revoke personal access tokens. */
@Controller
class TokenController {

    private final ApiTokens tokens;
    private final Access access;

    TokenController(ApiTokens tokens, Access access) {
        this.tokens = tokens;
        this.access = access;
    }

    @GetMapping("/konto/tokens")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenForm("", ""));
        }
        model.addAttribute("tokens", tokens.of(access.requireUser().personId()));
        return "accounts/tokens";
    }

    @PostMapping("/konto/tokens")
    String create(
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        BindingResult errors = Forms.rebind(form, binding, model);
        GemeinsinnUser me = access.requireUser();
        var expiry = form.expiry(errors);
        if (errors.hasErrors()) {
            model.addAttribute("tokens", tokens.of(me.personId()));
            return "accounts/tokens";
        }
        flash.addFlashAttribute(
                "secret", tokens.create(me.personId(), form.name().trim(), expiry.orElse(null)));
        return "redirect:/konto/tokens";
    }

    @PostMapping("/konto/tokens/{id}/widerrufen")
    String revoke(@PathVariable UUID id, RedirectAttributes flash) {
        if (tokens.revoke(access.requireUser().personId(), id)) {
            flash.addFlashAttribute("success", "accounts.tokens.revoked");
        }
        return "redirect:/konto/tokens";
    }
}
