package de.gemeinsinn.accounts.login;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; POST /anmelden is handled by Spring Security. */
@Controller
class LoginController {

    @GetMapping("/anmelden")
    String login(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof UserDetails ? "redirect:/konto" : "accounts/anmelden";
    }
}
