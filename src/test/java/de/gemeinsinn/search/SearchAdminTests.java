package de.gemeinsinn.search;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@GemeinsinnTest
class SearchAdminTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    static GemeinsinnUser person(ScopedRole role) {
        return new GemeinsinnUser(UUID.randomUUID(), "p@example.org", "P", "x", true, Set.of(role));
    }

    @Test
    void networkAdminSeesTheIndexAndRebuildsIt() throws Exception {
        var admin = user(person(ScopedRole.of(Role.NETWORK_ADMIN)));
        mvc.perform(get("/admin/suche").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dokumente im Index")));
        mvc.perform(post("/admin/suche/neu-aufbauen").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/suche"))
                .andExpect(flash().attribute("rebuilt", Matchers.greaterThan(40)));
    }

    @Test
    void cityCoordinatorsMayNotTouchTheIndex() throws Exception {
        var coordinator = user(person(new ScopedRole(Role.CITY_COORDINATOR, "bottrop")));
        mvc.perform(get("/admin/suche").with(coordinator)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/suche/neu-aufbauen").with(coordinator).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
