package de.gemeinsinn.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import de.gemeinsinn.support.GemeinsinnTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@GemeinsinnTest
class EventPagesTests extends EventWebTestSupport {

    @Autowired
    JsonMapper json;

    @Autowired
    RegistrationRetention retention;

    @Test
    void theListShowsUpcomingEventsAndFiltersByRegionAndCity() throws Exception {
        String html = mvc.perform(get("/veranstaltungen"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Bundesweites Netzwerktreffen 2027").doesNotContain("Regionaltreffen West 2025");
        String past = mvc.perform(get("/veranstaltungen").param("zeitraum", "vergangen"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(past).contains("Regionaltreffen West 2025 in Bottrop").doesNotContain("Netzwerktreffen 2027");
        String bottrop = mvc.perform(get("/veranstaltungen").param("stadt", "bottrop"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bottrop).contains("Engagementbörse Bottrop 2027").doesNotContain("Netzwerktreffen 2027");
        String west = mvc.perform(
                        get("/veranstaltungen").param("region", "west").param("zeitraum", "vergangen"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(west).contains("Regionaltreffen West 2025").doesNotContain("Netzwerktreffen 2024");
    }

    @Test
    void theMonthCalendarIsATableWithTheEventOnItsDay() throws Exception {
        Document doc = Jsoup.parse(mvc.perform(get("/veranstaltungen").param("monat", "2025-05"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(doc.select("table.calendar caption").text()).isEqualTo("Veranstaltungen im Mai 2025");
        assertThat(doc.select("table.calendar thead th")).hasSize(7);
        var cell = doc.select("td:has(time[datetime=2025-05-16])");
        assertThat(cell.text()).contains("Regionaltreffen West 2025");
        assertThat(doc.select("td:has(time[datetime=2025-05-15])").text()).doesNotContain("Regionaltreffen");
        // junk in the parameters never breaks the page
        mvc.perform(get("/veranstaltungen")
                        .param("monat", "13-2025")
                        .param("von", "gestern")
                        .param("region", "<x>"))
                .andExpect(status().isOk());
    }

    @Test
    void theEventPageCarriesSchemaOrgEventAsJsonLd() throws Exception {
        Document doc = Jsoup.parse(mvc.perform(get("/veranstaltungen/" + DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(doc.select("h1").text()).isEqualTo("Regionaltreffen West 2025 in Bottrop");
        String data = doc.select("script[type=application/ld+json]").first().data();
        JsonNode ld = json.readTree(data);
        assertThat(ld.get("@type").asString()).isEqualTo("Event");
        assertThat(ld.get("startDate").asString()).isEqualTo("2025-05-16T10:00+02:00");
        assertThat(ld.get("location").get("name").asString()).isEqualTo("Kulturkirche Herz-Jesu");
        assertThat(ld.get("location").get("address").get("addressLocality").asString())
                .isEqualTo("Bottrop");
        assertThat(ld.get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
        // closed registration: the form is not there, the reason is
        assertThat(doc.select("form[action$=/anmelden]")).isEmpty();
        assertThat(doc.text()).contains("Die Anmeldung ist geschlossen.");
        // opt-in participant list: only those who agreed
        long shown = jdbc.sql(
                        "SELECT count(*) FROM events.registration WHERE event_id = ? AND show_in_list AND status = 'CONFIRMED'")
                .param(DemoEvents.REGIONAL_MEETING_WEST_BOTTROP)
                .query(Long.class)
                .single();
        assertThat(doc.select("#participants-heading + p + ul li")).hasSize((int) shown);
        mvc.perform(get("/veranstaltungen/gibt-es-nicht")).andExpect(status().isNotFound());
    }

    @Test
    void aScriptEndingInTheTitleCannotBreakOutOfTheJsonLdBlock() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Test </script><script>alert(1)</script>", 5, null, null);
        String html = mvc.perform(get(e.url())).andReturn().getResponse().getContentAsString();
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script:not([src])")).hasSize(1);
        assertThat(json.readTree(doc.select("script[type=application/ld+json]")
                                .first()
                                .data())
                        .get("name")
                        .asString())
                .startsWith("Test </script><script>alert(1)</script>");
    }

    @Test
    void registeringOnThePageLeadsToThePersonalLinkAndTheSameAddressTwiceIsRecognised() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Formular", 1, null, "bottrop");
        Map<String, String> form = Map.of(
                "name",
                "Erika Beispiel",
                "email",
                "erika.beispiel@example.org",
                "citySlug",
                "bottrop",
                "organisation",
                "Verein",
                "dietaryWishes",
                "vegetarisch",
                "consent",
                "true");
        var req = post(e.url() + "/anmelden").with(csrf());
        form.forEach(req::param);
        String location = mvc.perform(req)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/veranstaltungen/anmeldung/");
        String manage = mvc.perform(get(location))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(manage).contains("bestätigt").contains("vegetarisch").contains("einlass-qr.png");
        byte[] png = mvc.perform(get(location + "/einlass-qr.png"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        var again = post(e.url() + "/anmelden").with(csrf());
        Map.of("name", "Erika B.", "email", "Erika.Beispiel@example.org", "consent", "true")
                .forEach(again::param);
        String page = mvc.perform(again)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("schon angemeldet (Status: bestätigt)");
        assertThat(jdbc.sql("SELECT count(*) FROM events.registration WHERE event_id = ?")
                        .param(e.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // without consent and with a bad address: German messages, linked to the fields, nothing stored
        var bad = post(e.url() + "/anmelden").with(csrf()).param("name", "").param("email", "kein-at");
        Document doc = Jsoup.parse(mvc.perform(bad)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(doc.select("#reg-email").attr("aria-describedby")).isEqualTo("reg-email-error");
        assertThat(doc.select("#reg-email-error").text()).isEqualTo("Bitte eine gültige E-Mail-Adresse angeben.");
        assertThat(doc.select("#reg-consent-error").text()).contains("Einwilligung");

        // cancel through the personal link
        mvc.perform(post(location + "/abmelden").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(location)).andReturn().getResponse().getContentAsString())
                .contains("abgemeldet");
        mvc.perform(get("/veranstaltungen/anmeldung/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"))
                .andExpect(status().isNotFound());
    }

    @Test
    void icalendarPerEventAndFeedParseBackWithStableUidSequenceAndCancellation() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Kalender", 10, null, "bottrop");
        ICalendar first = Biweekly.parse(mvc.perform(get(e.url() + "/kalender.ics"))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .first();
        VEvent v1 = first.getEvents().get(0);
        assertThat(first.getTimezoneInfo().getComponents())
                .anyMatch(tz -> tz.getTimezoneId().getValue().equals("Europe/Berlin"));
        assertThat(v1.getUid().getValue()).isEqualTo(e.id() + "@localhost");
        assertThat(v1.getSequence().getValue()).isZero();
        assertThat(v1.getDateStart().getValue().toInstant())
                .isEqualTo(e.startsAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(v1.getStatus().getValue()).isEqualTo("CONFIRMED");

        EventInput cancelled = new EventInput(
                e.title(),
                "",
                "",
                e.startsAt(),
                e.endsAt(),
                e.citySlug(),
                null,
                e.venue(),
                e.organiserName(),
                true,
                10,
                null,
                null,
                null,
                true);
        events.update(e, cancelled, e.version()).orElseThrow();
        String ics = mvc.perform(get("/api/v1/events/" + e.id() + "/calendar.ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        VEvent v2 = Biweekly.parse(ics).first().getEvents().get(0);
        assertThat(v2.getUid().getValue()).isEqualTo(v1.getUid().getValue());
        assertThat(v2.getSequence().getValue()).isEqualTo(1);
        assertThat(v2.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(ics)
                .contains("BEGIN:VTIMEZONE")
                .contains("TZID:Europe/Berlin")
                .contains("DTSTART;TZID=Europe/Berlin:");

        List<ICalendar> feed = Biweekly.parse(mvc.perform(get("/veranstaltungen/kalender.ics"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .all();
        assertThat(feed).hasSize(1);
        assertThat(feed.get(0).getEvents())
                .extracting(x -> x.getSummary().getValue())
                .contains("Regionaltreffen West 2025 in Bottrop", "Bundesweites Netzwerktreffen 2027");
    }

    @Test
    void needsAreDeletedThirtyDaysAfterTheEvent() {
        Event e = EventTestSupport.openEvent(events, "Lange her", 10, null, "bottrop");
        jdbc.sql(
                        "INSERT INTO events.registration (event_id, name, email, email_key, accessibility_needs, dietary_wishes,"
                                + " consent_version, consented_at, status, queue_no) VALUES (?, 'A', 'a@example.org', 'a@example.org',"
                                + " 'Rampe', 'vegan', 'x', now(), 'CONFIRMED', 1)")
                .param(e.id())
                .update();
        retention.run();
        assertThat(jdbc.sql("SELECT accessibility_needs FROM events.registration WHERE event_id = ?")
                        .param(e.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Rampe");
        jdbc.sql(
                        "UPDATE events.event SET starts_at = now() - interval '40 days', ends_at = now() - interval '31 days' WHERE id = ?")
                .param(e.id())
                .update();
        assertThat(retention.run()).isGreaterThanOrEqualTo(1);
        assertThat(retention.run()).isZero(); // idempotent: safe when every instance runs it
        assertThat(jdbc.sql(
                                "SELECT coalesce(accessibility_needs, '') || coalesce(dietary_wishes, '') FROM events.registration WHERE event_id = ?")
                        .param(e.id())
                        .query(String.class)
                        .single())
                .isEmpty();
    }

    @Test
    void theStartPageAndTheCityPageShowUpcomingEvents() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .contains("Nächste Veranstaltungen");
        // a city no other test holds events for, so its next event is ours
        Event e = EventTestSupport.openEvent(events, "Stadtfest", 10, null, "bitburg");
        assertThat(mvc.perform(get("/staedte/bitburg"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(e.title())
                .contains("Alle Veranstaltungen der Stadt");
    }

    static String group(String regex, String s) {
        Matcher m = Pattern.compile(regex).matcher(s);
        return m.find() ? m.group(1) : null;
    }

    static Instant utc(int y, int m, int d, int h) {
        return java.time.LocalDateTime.of(y, m, d, h, 0).toInstant(ZoneOffset.UTC);
    }
}
