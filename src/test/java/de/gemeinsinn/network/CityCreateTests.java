package de.gemeinsinn.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

@GemeinsinnTest
class CityCreateTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = NetworkTestSupport.mvc(context);
    }

    @Test
    void adminFindsAMunicipalityAndAddsItAsMemberCity() throws Exception {
        GemeinsinnUser admin = NetworkTestSupport.networkAdmin();
        String search = mvc.perform(get("/staedte/neu").param("q", "Gelsenk").with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(search).contains("Gelsenkirchen, Stadt").contains("05513000").contains("259.645");

        MockHttpServletResponse created = mvc.perform(
                        post("/staedte/neu").with(csrf()).with(user(admin)).param("ags", "05513000"))
                .andReturn()
                .getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/staedte/gelsenkirchen/bearbeiten");
        assertThat(jdbc.sql(
                                "SELECT r.slug FROM network.city c JOIN network.region r ON r.id = c.region_id WHERE c.slug = 'gelsenkirchen'")
                        .query(String.class)
                        .single())
                .isEqualTo("west");
        assertThat(jdbc.sql("SELECT count(*) FROM search.outbox WHERE doc_key = 'city:gelsenkirchen'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        String again = mvc.perform(post("/staedte/neu")
                        .with(csrf())
                        .with(user(admin))
                        .param("ags", "05513000")
                        .param("q", "Gelsenk"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("schon Mitglied");
        assertThat(mvc.perform(post("/staedte/neu")
                                .with(csrf())
                                .with(user(admin))
                                .param("ags", "kaputt"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Bitte wählen Sie eine Gemeinde");
    }

    @Test
    void onlyNetworkAdminsMayAddCities() throws Exception {
        GemeinsinnUser coordinator = NetworkTestSupport.coordinatorOf("bottrop");
        assertThat(mvc.perform(get("/staedte/neu").with(user(coordinator)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/staedte/neu")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/anmelden");
    }
}
