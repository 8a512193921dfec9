package de.gemeinsinn.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.support.GemeinsinnTest;
import de.gemeinsinn.support.TestImages;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

@GemeinsinnTest
class OrganisationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    List<PersonalDataExporter> exporters;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    GemeinsinnUser person(String name, ScopedRole... roles) {
        UUID id = UUID.randomUUID();
        String email = "o-" + id.toString().substring(0, 8) + "@example.org";
        jdbc.sql("INSERT INTO accounts.person (id, email, display_name, password_hash, status, created_at) "
                        + "VALUES (?, ?, ?, 'x', 'ACTIVE', ?)")
                .params(id, email, name, Timestamp.from(Instant.now()))
                .update();
        return new GemeinsinnUser(id, email, name, null, true, Set.of(roles));
    }

    int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    MockMultipartHttpServletRequestBuilder register(GemeinsinnUser u, String name) {
        return register(u, name, "info@repair.example.org");
    }

    MockMultipartHttpServletRequestBuilder register(GemeinsinnUser u, String name, String contact) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/organisationen/registrieren")
                .param("city", "bottrop")
                .param("name", name)
                .param("type", "INITIATIVE")
                .param("quartier", "Boy")
                .param("description", "Wir reparieren zusammen.")
                .param("website", "https://repair.example.org")
                .param("contactEmail", contact)
                .with(user(u))
                .with(csrf());
    }

    @Test
    void invalidRegistrationShowsGermanMessagesAndSavesNeitherOrganisationNorLogo() throws Exception {
        GemeinsinnUser u = person("Rita Registriert");
        int orgs = count("SELECT count(*) FROM organisations.organisation");
        int logos = count("SELECT count(*) FROM organisations.logo");
        byte[] logo = TestImages.encode(TestImages.picture(300, 200), "png");
        String html = mvc.perform(multipart("/organisationen/registrieren")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", logo))
                        .param("city", "bottrop")
                        .param("name", "")
                        .param("type", "PARTEI")
                        .param("quartier", "Atlantis")
                        .param("description", "")
                        .param("website", "javascript:alert(1)")
                        .param("contactEmail", u.email())
                        .with(user(u))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Bitte geben Sie den Namen der Organisation an.")
                .contains("Bitte wählen Sie, welche Art von Organisation es ist.")
                .contains("Dieses Quartier kennt die Stadt nicht.")
                .contains("Bitte beschreiben Sie die Organisation in ein paar Sätzen.")
                .contains("Bitte geben Sie eine vollständige Webadresse an")
                .contains("Das ist Ihre persönliche Adresse.");
        assertThat(count("SELECT count(*) FROM organisations.organisation")).isEqualTo(orgs);
        assertThat(count("SELECT count(*) FROM organisations.logo")).isEqualTo(logos);
    }

    @Test
    void aRegisteredOrganisationIsHiddenUntilTheCoordinatorApprovesIt() throws Exception {
        GemeinsinnUser u = person("Rudi Reparatur");
        String name = "Repair-Café Boy " + UUID.randomUUID().toString().substring(0, 6);
        byte[] logo = TestImages.jpegWithExif(900, 600);
        mvc.perform(register(u, name).file(new MockMultipartFile("logo", "x.jpg", "image/jpeg", logo)))
                .andExpect(status().isFound());
        Map<String, Object> row = jdbc.sql(
                        "SELECT slug, status, logo_id FROM organisations.organisation WHERE name = ?")
                .param(name)
                .query()
                .singleRow();
        String slug = (String) row.get("slug");
        assertThat(row.get("status")).isEqualTo("PENDING");
        byte[] stored = jdbc.sql("SELECT data FROM organisations.logo WHERE id = ?")
                .param(row.get("logo_id"))
                .query(byte[].class)
                .single();
        assertThat(TestImages.contains(stored, "Exif")).isFalse();
        assertThat(TestImages.contains(stored, TestImages.SECRET)).isFalse();

        mvc.perform(get("/organisationen/" + slug)).andExpect(status().isNotFound());
        mvc.perform(get("/organisationen/" + slug).with(user(u))).andExpect(status().isOk());
        assertThat(mvc.perform(get("/staedte/bottrop/organisationen"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(name);
        assertThat(count("SELECT count(*) FROM search.outbox WHERE doc_key = 'organisation:"
                        + jdbc.sql("SELECT id FROM organisations.organisation WHERE slug = ?")
                                .param(slug)
                                .query(UUID.class)
                                .single()
                        + "'"))
                .isZero();

        GemeinsinnUser erika = person("Erika Koordination", new ScopedRole(Role.CITY_COORDINATOR, "bottrop"));
        assertThat(mvc.perform(get("/staedte/bottrop/organisationen/freigabe").with(user(erika)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(name)
                .contains("Rudi Reparatur");
        mvc.perform(post("/organisationen/" + slug + "/freigeben")
                        .with(user(erika))
                        .with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(get("/organisationen/" + slug)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/staedte/bottrop/organisationen"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(name);
        mvc.perform(get("/api/v1/cities/bottrop/organisations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.slug == '" + slug + "')].contactEmail")
                        .value("info@repair.example.org"));
        String logoUrl = "/organisationen/logos/" + row.get("logo_id") + ".jpg";
        mvc.perform(get(logoUrl)).andExpect(status().isOk());

        // the manager maintains it; a stranger may not
        mvc.perform(get("/organisationen/" + slug + "/bearbeiten").with(user(u)))
                .andExpect(status().isOk());
        mvc.perform(get("/organisationen/" + slug + "/bearbeiten").with(user(person("Fremd"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisationen/" + slug + "/bearbeiten")
                        .with(user(person("Andere Stadt", new ScopedRole(Role.CITY_COORDINATOR, "bocholt")))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPersonalContactAddressNeedsConsentAndGoesWithTheErasure() throws Exception {
        GemeinsinnUser u = person("Petra Persönlich");
        String name = "Initiative Persönlich " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(register(u, name, u.email()).param("contactPersonal", "true"))
                .andExpect(status().isFound());
        Map<String, Object> row = jdbc.sql(
                        "SELECT contact_personal, contact_consent_at FROM organisations.organisation WHERE name = ?")
                .param(name)
                .query()
                .singleRow();
        assertThat(row.get("contact_personal")).isEqualTo(true);
        assertThat(row.get("contact_consent_at")).isNotNull();

        PersonalDataExporter exporter = exporters.stream()
                .filter(e -> e.section().equals("organisations"))
                .findFirst()
                .orElseThrow();
        assertThat(exporter.export(u.personId()).toString()).contains(name).contains(u.email());

        tx.executeWithoutResult(s -> events.publishEvent(new PersonErased(u.personId())));
        Map<String, Object> after = jdbc.sql(
                        "SELECT contact_email, registered_by FROM organisations.organisation WHERE name = ?")
                .param(name)
                .query()
                .singleRow();
        assertThat(after.get("contact_email")).isNull();
        assertThat(after.get("registered_by")).isNull();
        assertThat(count("SELECT count(*) FROM organisations.manager WHERE person_id = '" + u.personId() + "'"))
                .isZero();
    }

    @Test
    void demoOrganisationsIncludeBothDepartmentsAndArePublicOnlyWhenApproved() throws Exception {
        String json = mvc.perform(get("/api/v1/cities/bottrop/organisations"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json)
                .contains("Fachbereich Bauen, Planen und Umwelt")
                .contains("Fachbereich Bildung und Soziales")
                .doesNotContain("Repair-Café Welheim");
        mvc.perform(get("/api/v1/cities/atlantis/organisations"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Es gibt keine Mitgliedsstadt „atlantis“."));
    }
}
