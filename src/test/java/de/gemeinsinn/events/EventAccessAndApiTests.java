package de.gemeinsinn.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.support.GemeinsinnTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@GemeinsinnTest
class EventAccessAndApiTests extends EventWebTestSupport {

    static final List<String> ORGANISER_PAGES = List.of(
            "/orga",
            "/orga/anmeldungen.csv",
            "/orga/anmeldungen.xlsx",
            "/orga/namensschilder.pdf",
            "/einlass",
            "/bearbeiten");

    @Test
    void organiserPagesPerRole() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Zugriff", 20, null, "bottrop");
        for (String p : ORGANISER_PAGES) {
            String url = e.url() + p;
            // anonymous: to the login page
            mvc.perform(get(url)).andExpect(status().is3xxRedirection());
            mvc.perform(get(url).with(coordinator("bocholt"))).andExpect(status().isForbidden());
            mvc.perform(get(url).with(member())).andExpect(status().isForbidden());
            mvc.perform(get(url).with(coordinator("bottrop"))).andExpect(status().isOk());
            mvc.perform(get(url).with(admin())).andExpect(status().isOk());
        }
        mvc.perform(get("/veranstaltungen/neu").with(member())).andExpect(status().isForbidden());
        mvc.perform(get("/veranstaltungen/neu").with(coordinator("bottrop"))).andExpect(status().isOk());
        mvc.perform(post(e.url() + "/bearbeiten")
                        .with(csrf())
                        .with(coordinator("bocholt"))
                        .param("title", "Gekapert"))
                .andExpect(status().isForbidden());
        assertThat(repository.find(e.id()).orElseThrow().title()).startsWith("Zugriff");
    }

    @Test
    void aNetworkEventIsOrganisedByAdminsAndNamedOrganisersOnly() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Netzwerk", 20, null, null);
        mvc.perform(get(e.url() + "/orga").with(coordinator("bottrop"))).andExpect(status().isForbidden());
        mvc.perform(get(e.url() + "/orga").with(admin())).andExpect(status().isOk());
    }

    @Test
    void organisersSeeNeedsAndExportsParticipantsDoNot() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Bedarfe", 20, null, "bottrop");
        String body = "{\"name\":\"Rosa Probe\",\"email\":\"rosa.probe@example.org\",\"citySlug\":\"bottrop\","
                + "\"organisation\":\"=HYPERLINK(1)\",\"accessibilityNeeds\":\"Gebärdensprache\",\"dietaryWishes\":\"glutenfrei\",\"consent\":true}";
        mvc.perform(post("/api/v1/events/" + e.id() + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
        String orga = mvc.perform(get(e.url() + "/orga").with(coordinator("bottrop")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(orga).contains("Gebärdensprache").contains("glutenfrei");
        String publicPage = mvc.perform(get(e.url())).andReturn().getResponse().getContentAsString();
        assertThat(publicPage).doesNotContain("Rosa Probe").doesNotContain("Gebärdensprache"); // not opted in
        String json = mvc.perform(get("/api/v1/events/" + e.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).doesNotContain("rosa.probe").doesNotContain("Gebärdensprache");

        String csv = new String(
                mvc.perform(get(e.url() + "/orga/anmeldungen.csv").with(admin()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFNr.;Status;Name")
                .contains("Rosa Probe;rosa.probe@example.org;Bottrop;'=HYPERLINK(1);Gebärdensprache;glutenfrei");
        byte[] xlsx = mvc.perform(get(e.url() + "/orga/anmeldungen.xlsx").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        byte[] a6 = mvc.perform(get(e.url() + "/orga/namensschilder.pdf").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] sheet = mvc.perform(get(e.url() + "/orga/namensschilder.pdf")
                        .param("format", "etiketten")
                        .with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(a6, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(sheet, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String pdfText = new String(a6, StandardCharsets.ISO_8859_1);
        assertThat(pdfText).containsPattern("/MediaBox\\s*\\[0 0 29[78]"); // A6 is 297 × 420 pt
    }

    @Test
    void apiCreateNeedsTheRightToken() throws Exception {
        String body = """
                {"title":"API-Treffen","description":"Wir **treffen** uns.","startsAt":"2027-06-01T10:00:00+02:00",
                 "endsAt":"2027-06-01T16:00:00+02:00","citySlug":"bottrop","regionCode":"west",
                 "venue":{"name":"Rathaus","address":"Musterstraße 1","postcode":"46236","city":"Bottrop"},
                 "capacity":40,"perCityQuota":3,"registrationOpensAt":"2026-01-01T00:00:00+01:00",
                 "registrationClosesAt":"2027-05-30T00:00:00+02:00"}
                """;
        mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/events")
                        .with(member())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/events")
                        .with(coordinator("bocholt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events")
                        .with(coordinator("bottrop"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("API-Treffen"))
                .andExpect(jsonPath("$.startsAt").value("2027-06-01T10:00:00+02:00"))
                .andExpect(jsonPath("$.perCityQuota").value(3))
                .andExpect(jsonPath("$.descriptionHtml")
                        .value(org.hamcrest.Matchers.startsWith("<p>Wir <strong>treffen</strong> uns.</p>")));
        mvc.perform(
                        post("/api/v1/events")
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"title\":\"\",\"startsAt\":\"2027-06-01T10:00:00+02:00\",\"endsAt\":\"2027-05-01T10:00:00+02:00\",\"regionCode\":\"atlantis\",\"capacity\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.title").value("Bitte einen Titel angeben."))
                .andExpect(jsonPath("$.errors.endsAt").value("Das Ende muss nach dem Beginn liegen."))
                .andExpect(jsonPath("$.errors.regionCode").exists())
                .andExpect(jsonPath("$.errors.venueName").exists());
        mvc.perform(post("/api/v1/events")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{kaputt"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void apiRegistrationDuplicatesWindowAndSummary() throws Exception {
        Event e = EventTestSupport.openEvent(events, "API-Anmeldung", 1, null, "bottrop");
        String url = "/api/v1/events/" + e.id() + "/registrations";
        String one =
                "{\"name\":\"Ida Muster\",\"email\":\"ida.muster@example.org\",\"citySlug\":\"bottrop\",\"consent\":true}";
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(one))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.manageToken").isString());
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(one.replace("ida.muster", "IDA.Muster")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.registrationStatus").value("CONFIRMED"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("schon angemeldet")));
        mvc.perform(post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Jan Probe\",\"email\":\"jan.probe@example.org\",\"consent\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITLISTED"))
                .andExpect(jsonPath("$.waitlistPosition").value(1));
        mvc.perform(post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"email\":\"x\",\"citySlug\":\"atlantis\",\"consent\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.email").value("Bitte eine gültige E-Mail-Adresse angeben."))
                .andExpect(jsonPath("$.errors.consent").exists())
                .andExpect(jsonPath("$.errors.citySlug").value("Diese Stadt ist keine Mitgliedsstadt."));

        // summary: organisers only
        String summary = "/api/v1/events/" + e.id() + "/registrations/summary";
        mvc.perform(get(summary)).andExpect(status().isUnauthorized());
        mvc.perform(get(summary).with(coordinator("bocholt"))).andExpect(status().isForbidden());
        mvc.perform(get(summary).with(member())).andExpect(status().isForbidden());
        mvc.perform(get(summary).with(coordinator("bottrop")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity").value(1))
                .andExpect(jsonPath("$.confirmed").value(1))
                .andExpect(jsonPath("$.waitlisted").value(1));
        mvc.perform(get(summary).with(admin())).andExpect(status().isOk());

        // closed window: a clear problem
        mvc.perform(post("/api/v1/events/" + DemoEvents.REGIONAL_MEETING_WEST_BOTTROP + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Zu Spät\",\"email\":\"spaet@example.org\",\"consent\":true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("REGISTRATION_CLOSED"))
                .andExpect(jsonPath("$.detail").value("Die Anmeldung ist geschlossen."));

        // a wrong token cancels nothing
        mvc.perform(delete("/api/v1/registrations/" + java.util.UUID.randomUUID())
                        .param("token", "falsch"))
                .andExpect(status().isNotFound());
    }

    @Test
    void apiListsFiltersAndRejectsBadParameters() throws Exception {
        mvc.perform(get("/api/v1/events").param("from", "2025-01-01").param("region", "west"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.slug == '" + DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG + "')]")
                        .exists())
                .andExpect(
                        jsonPath("$.items[?(@.slug == 'netzwerktreffen-2027')]").doesNotExist());
        mvc.perform(get("/api/v1/events").param("city", "bottrop"))
                .andExpect(jsonPath("$.items[?(@.slug == 'engagementboerse-bottrop-2027')]")
                        .exists());
        mvc.perform(get("/api/v1/events").param("from", "gestern"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Der Parameter „from“")));
        mvc.perform(get("/api/v1/events").param("region", "atlantis")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/events/" + DemoEvents.NETWORK_MEETING_2027))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registration").value("OPEN"));
        mvc.perform(get("/api/v1/events/keine-uuid")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/events/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
    }

    static RequestPostProcessor none() {
        return r -> r;
    }
}
