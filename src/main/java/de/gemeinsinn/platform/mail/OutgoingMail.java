package de.gemeinsinn.platform.mail;

import java.util.List;
import java.util.Objects;

/**
 * One plain-text mail any module can send through {@link MailOutbox}.
 *
 * @param to recipient address
 * @param subject German subject line
 * @param text German plain-text body (the outbox adds the signature)
 * @param attachments files such as an {@code .ics} appointment; may be empty
 * @param unsubscribeUrl absolute link that turns this kind of mail off for the recipient, or null
 *     for mails a person cannot opt out of (confirmations, password resets)
 */
public record OutgoingMail(
        String to, String subject, String text, List<Attachment> attachments, String unsubscribeUrl) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static OutgoingMail text(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, List.of(), null);
    }

    public OutgoingMail withAttachment(Attachment attachment) {
        var all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new OutgoingMail(to, subject, text, all, unsubscribeUrl);
    }

    public OutgoingMail withUnsubscribe(String url) {
        return new OutgoingMail(to, subject, text, attachments, url);
    }

    /** A file attached to the mail, e.g. {@code new Attachment("termin.ics", "text/calendar; method=REQUEST", bytes)}. */
    public record Attachment(String filename, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
