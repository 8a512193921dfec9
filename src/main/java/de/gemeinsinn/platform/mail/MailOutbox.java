package de.gemeinsinn.platform.mail;

/**
 * Sends mail for every module. Over SMTP when one is configured, otherwise into the dev mailbox
 * at {@code /dev/postfach}. Implemented by the accounts module.
 */
public interface MailOutbox {

    void send(OutgoingMail mail);

    /** Absolute link into this instance, e.g. {@code link("/gruppen/7")}. */
    String link(String pathAndQuery);
}
