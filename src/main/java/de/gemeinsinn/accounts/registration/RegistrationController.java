package de.gemeinsinn.accounts.registration;

import de.gemeinsinn.accounts.web.Forms;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {

    private final Registration registration;

    RegistrationController(Registration registration) {
        this.registration = registration;
    }

    @GetMapping("/registrieren")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return "accounts/registrieren";
    }

    @PostMapping("/registrieren")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model) {
        BindingResult errors = Forms.rebindCheckingPasswords(form, binding, model);
        if (errors.hasErrors()) {
            return "accounts/registrieren";
        }
        registration.register(form.email(), form.displayName(), form.password());
        return "redirect:/registrieren/gesendet";
    }

    @GetMapping("/registrieren/gesendet")
    String sent() {
        return "accounts/registriert";
    }

    @GetMapping("/bestaetigen")
    String confirm(@RequestParam(required = false) String token, RedirectAttributes flash) {
        if (registration.confirm(token).isEmpty()) {
            return "accounts/bestaetigung-ungueltig";
        }
        flash.addFlashAttribute("success", "accounts.confirm.done");
        return "redirect:/anmelden";
    }
}
