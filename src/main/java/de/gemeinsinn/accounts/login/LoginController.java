package de.gemeinsinn.accounts.login;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; POST /anmelden is handled by Spring Security. */
@Controller
class LoginController {

    @GetMapping("/anmelden")
    String login(
            Authentication auth,
            @RequestParam(required = false) String fehler,
            @RequestParam(required = false) String gesperrt,
            Model model) {
        if (auth != null && auth.getPrincipal() instanceof UserDetails) {
            return "redirect:/konto";
        }
        model.addAttribute("failed", fehler != null);
        model.addAttribute("locked", gesperrt != null);
        return "accounts/anmelden";
    }
}
