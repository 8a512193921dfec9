package de.gemeinsinn.network;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Principals and a MockMvc with the real security filter chain. */
final class NetworkTestSupport {

    private NetworkTestSupport() {}

    static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    static GemeinsinnUser coordinatorOf(String citySlug) {
        return user("koordination@" + citySlug + ".example", new ScopedRole(Role.CITY_COORDINATOR, citySlug));
    }

    static GemeinsinnUser networkAdmin() {
        return user("netzwerk@gemeinsinn.example", ScopedRole.of(Role.NETWORK_ADMIN));
    }

    private static GemeinsinnUser user(String email, ScopedRole role) {
        return new GemeinsinnUser(UUID.randomUUID(), email, "Erika Mustermann", "", true, Set.of(role));
    }
}
