package de.gemeinsinn.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.support.GemeinsinnTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Coordinators name further organisers by e-mail; named organisers may then run the event. */
@GemeinsinnTest
class OrganiserTeamTests extends EventWebTestSupport {

    GemeinsinnUser person(String name) {
        UUID id = UUID.randomUUID();
        String email = "team-" + id.toString().substring(0, 8) + "@example.org";
        jdbc.sql("INSERT INTO accounts.person (id, email, display_name, password_hash, status, created_at) "
                        + "VALUES (?, ?, ?, 'x', 'ACTIVE', ?)")
                .params(id, email, name, Timestamp.from(Instant.now()))
                .update();
        return new GemeinsinnUser(id, email, name, null, true, Set.of(ScopedRole.of(Role.MEMBER)));
    }

    static RequestPostProcessor as(GemeinsinnUser u) {
        return user(u);
    }

    @Test
    void aNamedOrganiserMayRunTheEventUntilRemoved() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Teamtest", 20, null, "bottrop");
        GemeinsinnUser erika = person("Erika Orga");
        mvc.perform(get(e.url() + "/orga").with(as(erika))).andExpect(status().isForbidden());
        // not in the team: may not add herself
        mvc.perform(post(e.url() + "/orga/team")
                        .param("email", erika.email())
                        .with(as(erika))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post(e.url() + "/orga/team")
                        .param("email", "  " + erika.email().toUpperCase() + " ")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "events.team.added"));
        String page = mvc.perform(get(e.url() + "/orga").with(as(erika)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Erika Orga");
        mvc.perform(get(e.url() + "/bearbeiten").with(as(erika))).andExpect(status().isOk());

        mvc.perform(post(e.url() + "/orga/team/" + erika.personId() + "/entfernen")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "events.team.removed"));
        mvc.perform(get(e.url() + "/orga").with(as(erika))).andExpect(status().isForbidden());
    }

    @Test
    void unknownOrInvalidAddressesAreExplainedAndKept() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Teamfehler", 20, null, "bottrop");
        mvc.perform(post(e.url() + "/orga/team")
                        .param("email", "niemand-" + UUID.randomUUID() + "@example.org")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(flash().attribute("teamError", "events.team.noAccount"));
        mvc.perform(post(e.url() + "/orga/team")
                        .param("email", "keine adresse")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(flash().attribute("teamError", "events.team.emailInvalid"))
                .andExpect(flash().attribute("teamEmail", "keine adresse"));
        String page = mvc.perform(get(e.url() + "/orga")
                        .with(coordinator("bottrop"))
                        .flashAttr("teamError", "events.team.noAccount")
                        .flashAttr("teamEmail", "x@example.org"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Zu dieser Adresse gibt es kein Konto").contains("value=\"x@example.org\"");
        assertThat(repository.organisers(e.id())).isEmpty();
    }
}
