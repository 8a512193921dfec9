package de.gemeinsinn.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import de.gemeinsinn.support.GemeinsinnTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@GemeinsinnTest
class EventsPrivacyAndSearchTests {

    @Autowired
    List<PersonalDataExporter> exporters;

    @Autowired
    PersonDirectory people;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventService events;

    @LocalServerPort
    int port;

    @Test
    void registrationsAreInMeineDatenWithTheNeeds() {
        UUID max = people.byEmail("max.mustermann@example.org").orElseThrow().id();
        PersonalDataExporter exporter = exporters.stream()
                .filter(e -> e.section().equals("events"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) exporter.export(max);
        @SuppressWarnings("unchecked")
        List<EventsPersonalData.ExportedRegistration> regs =
                (List<EventsPersonalData.ExportedRegistration>) data.get("registrations");
        assertThat(regs).anySatisfy(r -> {
            assertThat(r.event()).isEqualTo("Bundesweites Netzwerktreffen 2027");
            assertThat(r.dietaryWishes()).isEqualTo("vegetarisch");
            assertThat(r.consentVersion()).isEqualTo(RegistrationService.CONSENT_VERSION);
        });
    }

    @Test
    void erasureDeletesTheRegistrationsAndTheWaitingListMovesUp() {
        Event e = EventTestSupport.openEvent(events, "Löschen", 1, null, "bottrop");
        UUID erased = UUID.randomUUID();
        jdbc.sql("INSERT INTO events.registration (event_id, name, email, email_key, consent_version, consented_at,"
                        + " person_id, status, queue_no) VALUES (?, 'Weg', 'weg@example.org', 'weg@example.org', 'x', now(), ?,"
                        + " 'CONFIRMED', nextval('events.queue_seq'))")
                .params(e.id(), erased)
                .update();
        jdbc.sql("INSERT INTO events.registration (event_id, name, email, email_key, consent_version, consented_at,"
                        + " status, queue_no) VALUES (?, 'Nächste', 'n@example.org', 'n@example.org', 'x', now(),"
                        + " 'WAITLISTED', nextval('events.queue_seq'))")
                .param(e.id())
                .update();
        tx.executeWithoutResult(s -> publisher.publishEvent(new PersonErased(erased)));
        assertThat(jdbc.sql("SELECT name || '=' || status FROM events.registration WHERE event_id = ?")
                        .param(e.id())
                        .query(String.class)
                        .list())
                .containsExactly("Nächste=CONFIRMED");
    }

    @Test
    void eventsAreFoundThroughTheSearch() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "";
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            body = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search?q="
                                            + URLEncoder.encode(
                                                    "Kulturkirche Regionaltreffen", StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            if (body.contains(DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG)) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(body).contains("/veranstaltungen/" + DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG);
        assertThat(body).contains("\"event\"");
    }
}
