package de.gemeinsinn.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

@GemeinsinnTest
class CityEditTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CityQueries queries;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = NetworkTestSupport.mvc(context);
    }

    @Test
    void coordinatorEditsOwnCityAndTheSearchOutboxGetsTheDocument() throws Exception {
        GemeinsinnUser coordinator = NetworkTestSupport.coordinatorOf("bottrop");
        MockHttpServletResponse form = mvc.perform(
                        get("/staedte/bottrop/bearbeiten").with(user(coordinator)))
                .andReturn()
                .getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString())
                .contains("Profil von Bottrop bearbeiten")
                .contains("Bottrop-Mitte / Eigen");

        CityEditForm current = CityEditForm.of(queries.profile("bottrop").orElseThrow());
        MockHttpServletResponse saved = mvc.perform(submit(
                        "bottrop",
                        current,
                        coordinator,
                        "profile",
                        "Bottrop lädt zum Ehrenamtsfrühstück im Quartier ein.",
                        "officePhone",
                        "02041 70-1234"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/staedte/bottrop");

        String profile = mvc.perform(get("/staedte/bottrop").with(user(coordinator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(profile)
                .contains("Ehrenamtsfrühstück")
                .contains("02041 70-1234")
                .contains("Profil bearbeiten");
        assertThat(queries.quartiere("bottrop")).hasSize(20);

        String payload = jdbc.sql(
                        "SELECT payload::text FROM search.outbox WHERE doc_key = 'city:bottrop' ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single();
        assertThat(payload)
                .contains("Ehrenamtsfrühstück")
                .contains("Kirchhellen")
                .contains("Bottrop-Kirchhellen Bottrop-Mitte")
                .contains("\"url\": \"/staedte/bottrop\"")
                .contains("\"region\": \"West\"");
    }

    @Test
    void coordinatorOfAnotherCityIsForbidden() throws Exception {
        GemeinsinnUser gladbeck = NetworkTestSupport.coordinatorOf("gladbeck");
        assertThat(mvc.perform(get("/staedte/bottrop/bearbeiten").with(user(gladbeck)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        CityEditForm current = CityEditForm.of(queries.profile("bottrop").orElseThrow());
        assertThat(mvc.perform(submit("bottrop", current, gladbeck, "profile", "Übernommen"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(queries.profile("bottrop").orElseThrow().profile()).isNotEqualTo("Übernommen");
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        MockHttpServletResponse page =
                mvc.perform(get("/staedte/bottrop/bearbeiten")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/anmelden");
        MockHttpServletResponse post = mvc.perform(
                        post("/staedte/bottrop/bearbeiten").with(csrf()).param("profile", "x"))
                .andReturn()
                .getResponse();
        assertThat(post.getStatus()).isEqualTo(302);
        assertThat(post.getRedirectedUrl()).endsWith("/anmelden");
    }

    @Test
    void staleVersionShowsConflictAndKeepsTheInput() throws Exception {
        GemeinsinnUser admin = NetworkTestSupport.networkAdmin();
        CityEditForm loaded = CityEditForm.of(queries.profile("emden").orElseThrow());
        assertThat(mvc.perform(submit("emden", loaded, admin, "profile", "Erste Fassung aus Tab A"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        MockHttpServletResponse conflict = mvc.perform(submit(
                        "emden",
                        loaded,
                        admin,
                        "profile",
                        "Zweite Fassung aus Tab B",
                        "focusTopics",
                        "Hafen und Ehrenamt"))
                .andReturn()
                .getResponse();
        assertThat(conflict.getStatus()).isEqualTo(200);
        assertThat(conflict.getContentAsString())
                .contains("Jemand anderes hat dieses Profil gespeichert")
                .contains("Zweite Fassung aus Tab B")
                .contains("value=\"Hafen und Ehrenamt\"");
        assertThat(queries.profile("emden").orElseThrow().profile()).isEqualTo("Erste Fassung aus Tab A");
    }

    @Test
    void invalidInputGivesGermanMessagesLinkedToTheFields() throws Exception {
        GemeinsinnUser admin = NetworkTestSupport.networkAdmin();
        CityEditForm loaded = CityEditForm.of(queries.profile("cuxhaven").orElseThrow());
        String html = mvc.perform(submit(
                        "cuxhaven",
                        loaded,
                        admin,
                        "officeName",
                        " ",
                        "officeEmail",
                        "keine-adresse",
                        "officePhone",
                        "ruf mich an",
                        "memberSince",
                        "neunzehn",
                        "quartiere",
                        "Döse\nDöse"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Bitte geben Sie den Namen der Ansprechperson an.")
                .contains("Bitte geben Sie eine gültige E-Mail-Adresse an")
                .contains("Die Telefonnummer darf nur Ziffern")
                .contains("Bitte geben Sie das Jahr vierstellig an")
                .contains("steht doppelt")
                .contains("aria-describedby=\"officeEmail-error\"")
                .contains("id=\"officeEmail-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"keine-adresse\"");
        NetworkHtmlTests.assertValid("edit with errors", html);
        assertThat(queries.profile("cuxhaven").orElseThrow().officeEmail()).isEqualTo("engagement@cuxhaven.example");
    }

    @Test
    void adminAddsAndRemovesQuartiere() throws Exception {
        GemeinsinnUser admin = NetworkTestSupport.networkAdmin();
        CityEditForm loaded = CityEditForm.of(queries.profile("goch").orElseThrow());
        assertThat(mvc.perform(submit("goch", loaded, admin, "quartiere", "Kessel\nPfalzdorf\nAsperden"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        CityEditForm again = CityEditForm.of(queries.profile("goch").orElseThrow());
        assertThat(mvc.perform(submit("goch", again, admin, "quartiere", "Innenstadt / Goch-Mitte\nKessel"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(queries.quartiere("goch"))
                .extracting(CityViews.QuartierItem::name)
                .containsExactly("Goch-Mitte", "Kessel");
        assertThat(queries.quartiere("goch").get(0).district()).isEqualTo("Innenstadt");
    }

    /** The loaded form as the browser would send it, with some fields changed. */
    private static MockHttpServletRequestBuilder submit(
            String slug, CityEditForm form, GemeinsinnUser user, String... changes) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("profile", form.profile());
        params.put("officeName", form.officeName());
        params.put("officeEmail", form.officeEmail());
        params.put("officePhone", form.officePhone());
        params.put("focusTopics", form.focusTopics());
        params.put("memberSince", form.memberSince());
        params.put("quartiere", form.quartiere());
        params.put("version", form.version());
        for (int i = 0; i < changes.length; i += 2) {
            params.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/staedte/" + slug + "/bearbeiten").with(csrf()).with(user(user));
        params.forEach(request::param);
        return request;
    }
}
