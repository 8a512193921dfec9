package de.gemeinsinn.accounts.mail;

import de.gemeinsinn.platform.GemeinsinnProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends every mail of the platform as plain German text. Without an SMTP host (the development
 * default) mails go to the dev mailbox at {@code /dev/postfach} instead.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final DevMailbox devMailbox;
    private final MessageSource messages;
    private final GemeinsinnProperties properties;
    private final String smtpHost;
    private final String from;

    Mailer(
            ObjectProvider<JavaMailSender> sender,
            DevMailbox devMailbox,
            MessageSource messages,
            GemeinsinnProperties properties,
            @Value("${spring.mail.host:}") String smtpHost,
            @Value("${gemeinsinn.mail-from:Gemeinsinn <noreply@gemeinsinn.invalid>}") String from) {
        this.sender = sender;
        this.devMailbox = devMailbox;
        this.messages = messages;
        this.properties = properties;
        this.smtpHost = smtpHost;
        this.from = from;
    }

    /** Whether mails really leave the machine. */
    public boolean smtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank();
    }

    /** Absolute link into this instance, e.g. {@code link("/bestaetigen?token=...")}. */
    public String link(String pathAndQuery) {
        return properties.baseUrl() + pathAndQuery;
    }

    /**
     * Sends the German mail {@code accounts.mail.<kind>.subject} / {@code .body} from the message
     * bundle; {@code args} fill {0}, {1}, ... of the body.
     */
    public void send(String to, String kind, Object... args) {
        String subject = messages.getMessage("accounts.mail." + kind + ".subject", null, Locale.GERMAN);
        String body = messages.getMessage("accounts.mail." + kind + ".body", args, Locale.GERMAN);
        sendText(to, subject, body);
    }

    private void sendText(String to, String subject, String body) {
        String text = body + "\n\n-- \nGemeinsinn · " + properties.baseUrl() + "\n";
        if (!smtpConfigured()) {
            devMailbox.store(to, subject, text);
            log.info("Kein SMTP-Server eingerichtet, Mail im Entwicklungs-Postfach abgelegt: {}", subject);
            return;
        }
        JavaMailSender mailSender = sender.getObject();
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            // plain 8-bit text keeps links readable in the raw mail (no quoted-printable "=3D")
            message.setHeader("Content-Transfer-Encoding", "8bit");
        } catch (MessagingException e) {
            throw new MailPreparationException("Mail an die Adresse ließ sich nicht aufbauen", e);
        }
        mailSender.send(message);
    }
}
