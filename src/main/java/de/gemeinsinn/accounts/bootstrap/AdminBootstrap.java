package de.gemeinsinn.accounts.bootstrap;

import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.accounts.tokens.ApiTokens;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At every start: creates or updates the configured network admin (active, with the configured
 * password) and registers the configured admin token. Idempotent.
 */
@Component
@Order(1)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final int MIN_PASSWORD = 10;

    private final BootstrapProperties properties;
    private final People people;
    private final RoleGrants grants;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;

    AdminBootstrap(
            BootstrapProperties properties,
            People people,
            RoleGrants grants,
            ApiTokens tokens,
            PasswordEncoder encoder) {
        this.properties = properties;
        this.people = people;
        this.grants = grants;
        this.tokens = tokens;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.hasAdmin()) {
            if (hasText(properties.adminToken())) {
                log.warn("GEMEINSINN_ADMIN_TOKEN wird ignoriert, weil GEMEINSINN_ADMIN_EMAIL fehlt.");
            }
            return;
        }
        Person admin = people.byEmail(properties.adminEmail()).orElseGet(this::create);
        String password = properties.adminPassword();
        if (hasText(password) && !encoder.matches(password, admin.passwordHash())) {
            admin.changePassword(encoder.encode(password));
        }
        admin.activate();
        people.update(admin);
        grants.grant(admin.id(), ScopedRole.of(Role.NETWORK_ADMIN), null);
        if (hasText(properties.adminToken())) {
            tokens.store(admin.id(), "Betreiber-Token (GEMEINSINN_ADMIN_TOKEN)", properties.adminToken(), null);
        }
        log.info("Netzwerk-Administration {} ist eingerichtet.", admin.email());
    }

    private Person create() {
        String password = properties.adminPassword();
        if (!hasText(password) || password.length() < MIN_PASSWORD) {
            throw new IllegalStateException(
                    "GEMEINSINN_ADMIN_PASSWORD muss für ein neues Admin-Konto mindestens 10 Zeichen haben.");
        }
        Person admin = Person.active(
                properties.adminEmail(), "Netzwerk-Administration", encoder.encode(password), Instant.now());
        people.insert(admin);
        return admin;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
