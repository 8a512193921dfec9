package de.gemeinsinn.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.gemeinsinn.support.GemeinsinnTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Confirmation with .ics and QR code, waiting list, cancellation → promotion and mail (GreenMail). */
@GemeinsinnTest
class RegistrationMailTests extends EventWebTestSupport {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    EventMails mails;

    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern TOKEN = Pattern.compile("\"manageToken\":\"([A-Za-z0-9_-]+)\"");

    String register(Event e, String name, String email) throws Exception {
        return mvc.perform(post("/api/v1/events/" + e.id() + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"email\":\"" + email
                                + "\",\"citySlug\":\"bottrop\",\"consent\":true}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    Optional<MimeMessage> mailTo(String to, String subjectStart) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            mails.sendDue();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).equals(to)
                        && m.getSubject().startsWith(subjectStart)) {
                    return Optional.of(m);
                }
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    /** The decoded plain-text part. */
    static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart mp) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                b.append(text(mp.getBodyPart(i)));
            }
            return b.toString();
        }
        return "";
    }

    static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void cancellingPromotesTheNextPersonWhoGetsAMail() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Nachrücken", 1, null, "bottrop");
        String first = register(e, "Greta Muster", "greta.muster@example.org");
        register(e, "Hannes Probe", "hannes.probe@example.org");
        register(e, "Karla Exempel", "karla.exempel@example.org");

        MimeMessage confirmation =
                mailTo("greta.muster@example.org", "Anmeldung bestätigt").orElseThrow();
        String body = text(confirmation);
        String token = group(TOKEN, first);
        assertThat(body).contains("/veranstaltungen/anmeldung/" + token);
        Multipart parts = (Multipart) confirmation.getContent();
        byte[] ics = null;
        boolean qr = false;
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if ("veranstaltung.ics".equals(part.getFileName())) {
                ics = part.getInputStream().readAllBytes();
            }
            qr |= "einlass-qr-code.png".equals(part.getFileName());
        }
        assertThat(ics).isNotNull();
        assertThat(Biweekly.parse(new String(ics, StandardCharsets.UTF_8))
                        .first()
                        .getEvents()
                        .get(0)
                        .getUid()
                        .getValue())
                .startsWith(e.id().toString());
        assertThat(qr).isTrue();
        assertThat(mailTo("hannes.probe@example.org", "Warteliste")).isPresent();

        mvc.perform(delete("/api/v1/registrations/" + group(ID, first)).param("token", token))
                .andExpect(status().isNoContent());

        List<String> statuses = jdbc.sql(
                        "SELECT name || '=' || status FROM events.registration WHERE event_id = ? ORDER BY queue_no")
                .param(e.id())
                .query(String.class)
                .list();
        assertThat(statuses)
                .containsExactly("Greta Muster=CANCELLED", "Hannes Probe=CONFIRMED", "Karla Exempel=WAITLISTED");
        MimeMessage promoted =
                mailTo("hannes.probe@example.org", "Du bist nachgerückt").orElseThrow();
        String promotedBody = text(promoted);
        Matcher link = Pattern.compile("/veranstaltungen/anmeldung/([A-Za-z0-9_-]{43})")
                .matcher(promotedBody);
        assertThat(link.find())
                .as("the promotion mail carries a working personal link")
                .isTrue();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/veranstaltungen/anmeldung/" + link.group(1)))
                .andExpect(status().isOk());
        assertThat(mailTo("greta.muster@example.org", "Abmeldung bestätigt")).isPresent();
        // cancelling twice changes nothing more
        mvc.perform(delete("/api/v1/registrations/" + group(ID, first)).param("token", token))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT count(*) FROM events.registration WHERE event_id = ? AND status = 'CONFIRMED'")
                        .param(e.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPromotionRespectsThePerCityQuota() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Quote", 2, 1, null);
        String a = mvc.perform(
                        post("/api/v1/events/" + e.id() + "/registrations")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"A\",\"email\":\"a-q@example.org\",\"citySlug\":\"bottrop\",\"consent\":true}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String[] p : new String[][] {{"B", "bottrop"}, {"C", "bocholt"}, {"D", "bottrop"}, {"E", "gladbeck"}}) {
            mvc.perform(post("/api/v1/events/" + e.id() + "/registrations")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"" + p[0] + "\",\"email\":\"" + p[0].toLowerCase()
                            + "-q@example.org\",\"citySlug\":\"" + p[1] + "\",\"consent\":true}"));
        }
        // A (bottrop) and C (bocholt) have the two seats; B and D wait for the Bottrop quota, E for a seat
        assertThat(jdbc.sql(
                                "SELECT name FROM events.registration WHERE event_id = ? AND status = 'CONFIRMED' ORDER BY name")
                        .param(e.id())
                        .query(String.class)
                        .list())
                .containsExactly("A", "C");
        mvc.perform(delete("/api/v1/registrations/" + group(ID, a)).param("token", group(TOKEN, a)))
                .andExpect(status().isNoContent());
        // the first in line is B (bottrop, quota now free)
        assertThat(jdbc.sql(
                                "SELECT name FROM events.registration WHERE event_id = ? AND status = 'CONFIRMED' ORDER BY name")
                        .param(e.id())
                        .query(String.class)
                        .list())
                .containsExactly("B", "C");
    }
}
