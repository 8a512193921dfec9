package de.gemeinsinn.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.support.GemeinsinnTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@GemeinsinnTest
class GroupApiTests extends GroupsTestSupport {

    static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

    /** A person with the roles, stored in accounts with an API token; returns the token. */
    String tokenFor(GemeinsinnUser p) throws Exception {
        for (ScopedRole r : p.roles()) {
            jdbc.sql("INSERT INTO accounts.role_grant (person_id, role, scope, granted_at) VALUES (?, ?, ?, now()) "
                            + "ON CONFLICT DO NOTHING")
                    .params(p.personId(), r.role().name(), r.scope())
                    .update();
        }
        String token = "gs_test_" + UUID.randomUUID().toString().replace("-", "");
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql(
                        "INSERT INTO accounts.api_token (id, person_id, name, token_hash, created_at) VALUES (?, ?, 'Test', ?, ?)")
                .params(UUID.randomUUID(), p.personId(), hash, Timestamp.from(Instant.now()))
                .update();
        return token;
    }

    static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder b, String token) {
        return b.header("Authorization", "Bearer " + token);
    }

    static String body(String city, String name, String purpose, String visibility) {
        return "{\"citySlug\":" + (city == null ? "null" : "\"" + city + "\"") + ",\"name\":\"" + name
                + "\",\"purpose\":\"" + purpose + "\",\"visibility\":\"" + visibility + "\"}";
    }

    @Test
    void listsPublicGroupsOfACityAndHidesInternalOnes() throws Exception {
        mvc.perform(get("/api/v1/cities/bottrop/groups"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.slug == 'ag-quartiere-bottrop')].members")
                        .isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.slug == '" + DemoGroups.DIGITAL.slug() + "')]")
                        .isEmpty());
        mvc.perform(bearer(get("/api/v1/cities/bottrop/groups"), ADMIN_TOKEN))
                .andExpect(jsonPath("$.items[?(@.slug == '" + DemoGroups.DIGITAL.slug() + "')]")
                        .isNotEmpty());
        mvc.perform(get("/api/v1/cities/atlantis/groups"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void oneGroupShowsOnlyPublicNamesAndInternalGroupsAreNotFound() throws Exception {
        GroupRef g = group("AG API", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        member(g, person("Paula Öffentlich"), GroupRole.LEAD, true);
        member(g, person("Quentin Verborgen"), GroupRole.MEMBER, false);
        String json = mvc.perform(get("/api/v1/groups/" + g.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hiddenMembers").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("Paula Öffentlich").doesNotContain("Quentin Verborgen");

        mvc.perform(get("/api/v1/groups/" + DemoGroups.DIGITAL.id()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(bearer(get("/api/v1/groups/" + DemoGroups.DIGITAL.id()), ADMIN_TOKEN))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/groups/kein-uuid")).andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorCreatesAGroupOfTheirCity() throws Exception {
        String token = tokenFor(person("Koordination Bottrop", new ScopedRole(Role.CITY_COORDINATOR, "bottrop")));
        String location = mvc.perform(bearer(post("/api/v1/groups"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("bottrop", "AG aus der API", "Über die Schnittstelle angelegt.", "PUBLIC")))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.group.name").value("AG aus der API"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/api/v1/groups/" + id)).andExpect(status().isOk());
    }

    @Test
    void wrongTokensAndBadBodiesGetGermanProblems() throws Exception {
        String json = body("bottrop", "AG", "Zweck", "PUBLIC");
        mvc.perform(post("/api/v1/groups")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String other = tokenFor(person("Koordination Bocholt", new ScopedRole(Role.CITY_COORDINATOR, "bocholt")));
        int before = jdbc.sql("SELECT count(*) FROM groups.work_group")
                .query(Integer.class)
                .single();
        mvc.perform(bearer(post("/api/v1/groups"), other)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(bearer(post("/api/v1/groups"), other)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, "Netzwerk", "Zweck", "PUBLIC")))
                .andExpect(status().isForbidden());
        String member = tokenFor(person("Nur Mitglied", ScopedRole.of(Role.MEMBER)));
        mvc.perform(bearer(post("/api/v1/groups"), member)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isForbidden());

        mvc.perform(bearer(post("/api/v1/groups"), ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("bottrop", " ", "", "GEHEIM")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.name").value("Bitte geben Sie den Namen der Gruppe an."))
                .andExpect(jsonPath("$.errors.purpose").value("Bitte beschreiben Sie den Zweck der Gruppe."))
                .andExpect(jsonPath("$.errors.visibility").exists());
        mvc.perform(bearer(post("/api/v1/groups"), ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("atlantis", "AG", "Zweck", "PUBLIC")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.citySlug").value("Es gibt keine Mitgliedsstadt „atlantis“."));
        assertThat(jdbc.sql("SELECT count(*) FROM groups.work_group")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);

        mvc.perform(bearer(post("/api/v1/groups"), ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, "Themengruppe API", "Netzwerkweit.", "INTERNAL")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.group.city").doesNotExist())
                .andExpect(jsonPath("$.group.visibility").value("INTERNAL"));
    }
}
