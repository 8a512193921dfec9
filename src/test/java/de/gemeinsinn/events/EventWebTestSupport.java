package de.gemeinsinn.events;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc with security and signed-in people of each role. */
abstract class EventWebTestSupport {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventService events;

    @Autowired
    EventRepository repository;

    MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    static RequestPostProcessor admin() {
        return as(ScopedRole.of(Role.NETWORK_ADMIN));
    }

    static RequestPostProcessor coordinator(String city) {
        return as(new ScopedRole(Role.CITY_COORDINATOR, city));
    }

    static RequestPostProcessor member() {
        return as(ScopedRole.of(Role.MEMBER));
    }

    static RequestPostProcessor as(ScopedRole role) {
        return user(
                new GemeinsinnUser(UUID.randomUUID(), "tester@example.org", "Testperson", null, true, Set.of(role)));
    }
}
