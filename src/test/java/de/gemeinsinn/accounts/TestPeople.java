package de.gemeinsinn.accounts;

import de.gemeinsinn.accounts.domain.Consents;
import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.platform.security.ScopedRole;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates active people with unique addresses straight in the (real) database. */
final class TestPeople {

    static final String PASSWORD = "Richtig-Langes-Passwort";

    private final People people;
    private final RoleGrants grants;
    private final PasswordEncoder encoder;
    private final Consents consents;

    TestPeople(ApplicationContext context) {
        this.people = context.getBean(People.class);
        this.grants = context.getBean(RoleGrants.class);
        this.encoder = context.getBean(PasswordEncoder.class);
        this.consents = context.getBean(Consents.class);
    }

    Person create(String name, ScopedRole... roles) {
        String email = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Person p = Person.active(email, name, encoder.encode(PASSWORD), Instant.now());
        people.insert(p);
        consents.recordPrivacyPolicy(p.id(), Instant.now());
        for (ScopedRole role : roles) {
            grants.grant(p.id(), role, null);
        }
        return p;
    }
}
