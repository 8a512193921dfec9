package de.gemeinsinn.accounts.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mails kept in the database while no SMTP server is configured. */
@Repository
public class DevMailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** A stored mail and the links in it, so they can be clicked. */
    public record DevMail(String recipient, String subject, String body, Instant sentAt, List<String> links) {}

    private final JdbcClient jdbc;

    DevMailbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(String recipient, String subject, String body) {
        jdbc.sql("INSERT INTO accounts.dev_mail (recipient, subject, body, sent_at) VALUES (?, ?, ?, ?)")
                .params(recipient, subject, body, Timestamp.from(Instant.now()))
                .update();
    }

    List<DevMail> latest() {
        return jdbc.sql("SELECT recipient, subject, body, sent_at FROM accounts.dev_mail ORDER BY id DESC LIMIT 50")
                .query((rs, i) -> new DevMail(
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getTimestamp("sent_at").toInstant(),
                        links(rs.getString("body"))))
                .list();
    }

    /** Erasure: mails to the person go too. */
    public void deleteFor(String recipient) {
        jdbc.sql("DELETE FROM accounts.dev_mail WHERE lower(recipient) = lower(?)")
                .param(recipient)
                .update();
    }

    static List<String> links(String body) {
        Matcher m = LINK.matcher(body);
        return m.results().map(r -> r.group()).toList();
    }
}
