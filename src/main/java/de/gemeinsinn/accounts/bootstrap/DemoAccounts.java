package de.gemeinsinn.accounts.bootstrap;

import de.gemeinsinn.accounts.domain.Consents;
import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fictional demo people (see docs/demo-accounts.md), only with {@code gemeinsinn.demo-data=true}. */
@Component
@Order(2)
class DemoAccounts implements ApplicationRunner {

    /** Documented in docs/demo-accounts.md; only ever used for demo installations. */
    static final String DEMO_PASSWORD = "Demo-Passwort-2026";

    record DemoPerson(String email, String name, ScopedRole role) {}

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson(
                    "erika.mustermann@example.org",
                    "Erika Mustermann",
                    new ScopedRole(Role.CITY_COORDINATOR, "bottrop")),
            new DemoPerson("max.mustermann@example.org", "Max Mustermann", ScopedRole.of(Role.MEMBER)),
            new DemoPerson(
                    "paula.beispiel@example.org",
                    "Paula Beispiel",
                    new ScopedRole(Role.GROUP_LEAD, "ag-quartiere-bottrop")));

    private final GemeinsinnProperties properties;
    private final People people;
    private final RoleGrants grants;
    private final Consents consents;
    private final PasswordEncoder encoder;

    DemoAccounts(
            GemeinsinnProperties properties,
            People people,
            RoleGrants grants,
            Consents consents,
            PasswordEncoder encoder) {
        this.properties = properties;
        this.people = people;
        this.grants = grants;
        this.consents = consents;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        String hash = null; // one hash for all demo people: Argon2 is deliberately slow
        for (DemoPerson demo : java.util.stream.Stream.concat(PEOPLE.stream(), DemoVolunteers.PEOPLE.stream())
                .toList()) {
            if (people.exists(demo.email())) {
                continue;
            }
            if (hash == null) {
                hash = encoder.encode(DEMO_PASSWORD);
            }
            Person p = Person.active(demo.email(), demo.name(), hash, Instant.now());
            people.insert(p);
            consents.recordPrivacyPolicy(p.id(), Instant.now());
            grants.grant(p.id(), demo.role(), null);
        }
    }
}
