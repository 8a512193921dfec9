package de.gemeinsinn.accounts.password;

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
class PasswordResetController {

    private final PasswordReset reset;

    PasswordResetController(PasswordReset reset) {
        this.reset = reset;
    }

    @GetMapping("/passwort/vergessen")
    String forgotForm(Model model) {
        model.addAttribute("form", new ForgotPasswordForm(""));
        return "accounts/passwort-vergessen";
    }

    @PostMapping("/passwort/vergessen")
    String forgot(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult binding, Model model) {
        BindingResult errors = Forms.rebind(form, binding, model);
        if (errors.hasErrors()) {
            return "accounts/passwort-vergessen";
        }
        reset.requestLink(form.email());
        return "redirect:/passwort/vergessen?gesendet";
    }

    @GetMapping("/passwort/neu")
    String newForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("form", new NewPasswordForm(token, "", ""));
        model.addAttribute("valid", reset.linkValid(token));
        return "accounts/passwort-neu";
    }

    @PostMapping("/passwort/neu")
    String set(
            @Valid @ModelAttribute("form") NewPasswordForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        BindingResult errors = Forms.rebindCheckingPasswords(form, binding, model);
        if (errors.hasErrors()) {
            model.addAttribute("valid", true);
            return "accounts/passwort-neu";
        }
        if (!reset.reset(form.token(), form.password())) {
            model.addAttribute("valid", false);
            return "accounts/passwort-neu";
        }
        flash.addFlashAttribute("success", "accounts.reset.done");
        return "redirect:/anmelden";
    }
}
