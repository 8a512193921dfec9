package de.gemeinsinn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.gemeinsinn.platform.mail.MailOutbox;
import de.gemeinsinn.platform.mail.OutgoingMail;
import de.gemeinsinn.support.GemeinsinnTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

@GemeinsinnTest
class MailOutboxTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailOutbox outbox;

    @Autowired
    PersonDirectory directory;

    @Test
    void aMailWithAnAttachmentAndAnUnsubscribeLinkArrivesOverSmtp() throws Exception {
        String to = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        outbox.send(OutgoingMail.text(to, "Treffen der AG Quartiere", "Hallo Erika,\nwir treffen uns am Dienstag.")
                .withAttachment(new OutgoingMail.Attachment("termin.ics", "text/calendar; method=REQUEST", ics))
                .withUnsubscribe(outbox.link("/abbestellen?t=abc")));

        MimeMessage mail = List.of(greenMail.getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return GreenMailUtil.getAddressList(m.getAllRecipients())
                                .equals(to);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Treffen der AG Quartiere");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).endsWith("/abbestellen?t=abc>");
        Multipart parts = (Multipart) mail.getContent();
        String all = GreenMailUtil.getBody(mail);
        assertThat(all).contains("termin.ics");
        boolean hasCalendar = false;
        for (int i = 0; i < parts.getCount(); i++) {
            hasCalendar |= "termin.ics".equals(parts.getBodyPart(i).getFileName());
        }
        assertThat(hasCalendar).isTrue();
    }

    @Test
    void peopleAreFoundByIdsAndByAddressIgnoringCase() {
        var erika = directory.byEmail("Erika.Mustermann@Example.org").orElseThrow();
        var max = directory.byEmail("max.mustermann@example.org").orElseThrow();
        assertThat(erika.displayName()).isEqualTo("Erika Mustermann");
        assertThat(directory.byIds(List.of(erika.id(), max.id(), UUID.randomUUID())))
                .containsOnlyKeys(erika.id(), max.id());
        assertThat(directory.byId(erika.id())).contains(erika);
        assertThat(directory.byEmail(" ")).isEmpty();
    }
}
