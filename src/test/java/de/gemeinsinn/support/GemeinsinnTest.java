package de.gemeinsinn.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a throw-away embedded PostgreSQL with demo data, on a random port.
 * All tests that use it share one Spring context (and one database), so they must not depend on
 * each other's data beyond the demo set. SQL statements can be counted with {@link
 * SqlStatementCounter}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gemeinsinn.embedded-postgres.ephemeral=true",
            "gemeinsinn.data-dir=target/test-data/${random.uuid}",
            "gemeinsinn.demo-data=true",
            "gemeinsinn.admin-email=admin@gemeinsinn.test",
            "gemeinsinn.admin-password=Admin-Passwort-123",
            "gemeinsinn.admin-token=test-admin-token-0123456789abcdef",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "spring.thymeleaf.cache=true"
        })
@Import(SqlStatementCounter.Configuration.class)
public @interface GemeinsinnTest {}
