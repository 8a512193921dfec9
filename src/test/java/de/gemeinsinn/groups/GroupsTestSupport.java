package de.gemeinsinn.groups;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc with security, people straight in the database, groups and memberships. */
abstract class GroupsTestSupport {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** A signed-in person (stored in accounts.person) with the given roles. */
    GemeinsinnUser person(String name, ScopedRole... roles) {
        UUID id = UUID.randomUUID();
        String email = "g-" + id.toString().substring(0, 8) + "@example.org";
        jdbc.sql("INSERT INTO accounts.person (id, email, display_name, password_hash, status, created_at) "
                        + "VALUES (?, ?, ?, 'x', 'ACTIVE', ?)")
                .params(id, email, name, Timestamp.from(Instant.now()))
                .update();
        Set<ScopedRole> all = Arrays.stream(roles).collect(Collectors.toSet());
        all.add(ScopedRole.of(Role.MEMBER));
        return new GemeinsinnUser(id, email, name, null, true, all);
    }

    static RequestPostProcessor as(GemeinsinnUser u) {
        return user(u);
    }

    GemeinsinnUser coordinator(String city) {
        return person("Koordination " + city, new ScopedRole(Role.CITY_COORDINATOR, city));
    }

    GemeinsinnUser admin() {
        return person("Netzwerk Admin", ScopedRole.of(Role.NETWORK_ADMIN));
    }

    /** Inserts a group directly (no permission checks). */
    GroupRef group(String name, String city, GroupVisibility visibility, JoinPolicy policy) {
        UUID id = UUID.randomUUID();
        String slug = "test-" + id.toString().substring(0, 8);
        jdbc.sql("INSERT INTO groups.work_group (id, slug, city_slug, name, purpose, goals, visibility, join_policy) "
                        + "VALUES (?, ?, ?, ?, 'Zweck der Gruppe', 'Ziele der Gruppe', ?, ?)")
                .params(id, slug, city, name, visibility.name(), policy.name())
                .update();
        return new GroupRef(id, slug, name, city, visibility, policy);
    }

    void member(GroupRef group, GemeinsinnUser person, GroupRole role, boolean namePublic) {
        jdbc.sql("INSERT INTO groups.membership (group_id, person_id, role, name_shown) VALUES (?, ?, ?, ?)")
                .params(group.id(), person.personId(), role.name(), namePublic ? "PUBLIC" : "MEMBERS")
                .update();
    }
}
