package de.gemeinsinn.accounts.mail;

import de.gemeinsinn.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the dev mailbox, but only while no SMTP server is configured. */
@Controller
class DevMailboxController {

    private final Mailer mailer;
    private final DevMailbox mailbox;

    DevMailboxController(Mailer mailer, DevMailbox mailbox) {
        this.mailer = mailer;
        this.mailbox = mailbox;
    }

    @GetMapping("/dev/postfach")
    String mailbox(Model model) {
        if (mailer.smtpConfigured()) {
            throw new NotFoundException("Das Entwicklungs-Postfach gibt es nur ohne SMTP-Server.");
        }
        model.addAttribute("mails", mailbox.latest());
        return "accounts/postfach";
    }
}
