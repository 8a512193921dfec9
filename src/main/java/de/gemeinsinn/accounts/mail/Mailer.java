package de.gemeinsinn.accounts.mail;

import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.mail.MailOutbox;
import de.gemeinsinn.platform.mail.OutgoingMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends every mail of the platform as plain German text. Without an SMTP host (the development
 * default) mails go to the dev mailbox at {@code /dev/postfach} instead.
 */
@Component
public class Mailer implements MailOutbox {

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
    @Override
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
        send(OutgoingMail.text(to, subject, body));
    }

    @Override
    public void send(OutgoingMail mail) {
        StringBuilder text = new StringBuilder(mail.text())
                .append("\n\n-- \nGemeinsinn · ")
                .append(properties.baseUrl())
                .append('\n');
        if (mail.unsubscribeUrl() != null) {
            text.append("Diese Benachrichtigungen abbestellen: ")
                    .append(mail.unsubscribeUrl())
                    .append('\n');
        }
        if (!smtpConfigured()) {
            StringBuilder stored = new StringBuilder(text);
            mail.attachments()
                    .forEach(
                            a -> stored.append("[Anhang: ").append(a.filename()).append("]\n"));
            devMailbox.store(mail.to(), mail.subject(), stored.toString());
            log.info("Kein SMTP-Server eingerichtet, Mail im Entwicklungs-Postfach abgelegt: {}", mail.subject());
            return;
        }
        JavaMailSender mailSender = sender.getObject();
        MimeMessage message = mailSender.createMimeMessage();
        try {
            boolean multipart = !mail.attachments().isEmpty();
            MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(text.toString());
            for (OutgoingMail.Attachment a : mail.attachments()) {
                helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
            }
            if (mail.unsubscribeUrl() != null) {
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            }
            if (!multipart) {
                // plain 8-bit text keeps links readable in the raw mail (no quoted-printable "=3D")
                message.setHeader("Content-Transfer-Encoding", "8bit");
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("Mail an die Adresse ließ sich nicht aufbauen", e);
        }
        mailSender.send(message);
    }
}
