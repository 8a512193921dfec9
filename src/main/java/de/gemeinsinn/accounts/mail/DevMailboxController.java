package de.gemeinsinn.accounts.mail;

import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the dev mailbox, but only while no SMTP server is configured and demo data is on: it
 * shows everyone's links (password resets, too), so a production install without SMTP must not
 * expose it.
 */
@Controller
class DevMailboxController {

    private final Mailer mailer;
    private final DevMailbox mailbox;
    private final GemeinsinnProperties properties;

    DevMailboxController(Mailer mailer, DevMailbox mailbox, GemeinsinnProperties properties) {
        this.mailer = mailer;
        this.mailbox = mailbox;
        this.properties = properties;
    }

    @GetMapping("/dev/postfach")
    String mailbox(Model model) {
        if (mailer.smtpConfigured() || !properties.demoData()) {
            throw new NotFoundException("Das Entwicklungs-Postfach gibt es nur ohne SMTP-Server.");
        }
        model.addAttribute("mails", mailbox.latest());
        return "accounts/postfach";
    }
}
