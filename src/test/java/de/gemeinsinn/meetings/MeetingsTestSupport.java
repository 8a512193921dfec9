package de.gemeinsinn.meetings;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.groups.GroupRole;
import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.groups.JoinPolicy;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

/** MockMvc with security; people, groups, memberships, meetings and API tokens straight in the database. */
abstract class MeetingsTestSupport {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingStore meetings;

    @Autowired
    WorkStore work;

    MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    GemeinsinnUser person(String name, ScopedRole... roles) {
        UUID id = UUID.randomUUID();
        String email = "m-" + id.toString().substring(0, 8) + "@example.org";
        jdbc.sql("INSERT INTO accounts.person (id, email, display_name, password_hash, status, created_at) "
                        + "VALUES (?, ?, ?, 'x', 'ACTIVE', ?)")
                .params(id, email, name, Timestamp.from(Instant.now()))
                .update();
        Set<ScopedRole> all = Arrays.stream(roles).collect(Collectors.toSet());
        all.add(ScopedRole.of(Role.MEMBER));
        for (ScopedRole r : all) {
            jdbc.sql(
                            "INSERT INTO accounts.role_grant (person_id, role, scope, granted_at) VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING")
                    .params(id, r.role().name(), r.scope())
                    .update();
        }
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

    GroupRef group(String name, String city, GroupVisibility visibility) {
        UUID id = UUID.randomUUID();
        String slug = "mt-" + id.toString().substring(0, 8);
        jdbc.sql("INSERT INTO groups.work_group (id, slug, city_slug, name, purpose, goals, visibility, join_policy) "
                        + "VALUES (?, ?, ?, ?, 'Zweck', 'Ziele', ?, ?)")
                .params(id, slug, city, name, visibility.name(), JoinPolicy.OPEN.name())
                .update();
        return new GroupRef(id, slug, name, city, visibility, JoinPolicy.OPEN);
    }

    void member(GroupRef group, GemeinsinnUser person, GroupRole role) {
        jdbc.sql("INSERT INTO groups.membership (group_id, person_id, role, name_shown) VALUES (?, ?, ?, 'PUBLIC')")
                .params(group.id(), person.personId(), role.name())
                .update();
    }

    /** A scheduled meeting in {@code days} days, 18:00-20:00 Berlin, with the given agenda. */
    UUID meeting(GroupRef g, int days, String title, String... agenda) {
        UUID id = UUID.randomUUID();
        LocalDate day = Berlin.today().plusDays(days);
        meetings.insert(
                id,
                g.id(),
                title,
                Berlin.instant(day, java.time.LocalTime.of(18, 0)),
                Berlin.instant(day, java.time.LocalTime.of(20, 0)),
                "Rathaus Bottrop",
                "https://meet.example.org/x",
                null);
        for (String a : agenda) {
            meetings.addItem(id, a, "", null);
        }
        return id;
    }

    List<AgendaItem> agenda(UUID meetingId) {
        return meetings.agenda(meetingId);
    }

    /** An API token for the person (only the hash is stored, like the accounts module does). */
    String token(GemeinsinnUser p) {
        String token = "gs_test_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql(
                        "INSERT INTO accounts.api_token (id, person_id, name, token_hash, created_at) VALUES (?, ?, 'Test', ?, now())")
                .params(UUID.randomUUID(), p.personId(), CalendarFeeds.hash(token))
                .update();
        return token;
    }

    /** A small, complete group: lead, member, guest; Bottrop. */
    record Crew(GroupRef group, GemeinsinnUser lead, GemeinsinnUser member, GemeinsinnUser guest) {}

    Crew crew(GroupVisibility visibility) {
        GroupRef g = group("AG Test " + UUID.randomUUID().toString().substring(0, 6), "bottrop", visibility);
        GemeinsinnUser lead = person("Lea Leitung");
        GemeinsinnUser member = person("Max Mitglied");
        GemeinsinnUser guest = person("Gina Gast");
        member(g, lead, GroupRole.LEAD);
        member(g, member, GroupRole.MEMBER);
        member(g, guest, GroupRole.GUEST);
        return new Crew(g, lead, member, guest);
    }
}
