package de.gemeinsinn.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.gemeinsinn.platform.GemeinsinnProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 inside the application when no database URL is configured, so
 * that one command runs the whole product. Its data lives under {@code <dataDir>/postgres} and
 * survives restarts; tests set {@code gemeinsinn.embedded-postgres.ephemeral=true} to get a
 * throw-away cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            GemeinsinnProperties properties,
            @Value("${gemeinsinn.embedded-postgres.ephemeral:false}") boolean ephemeral)
            throws IOException {
        Path dir = ephemeral
                ? Files.createTempDirectory("gemeinsinn-pg")
                : properties.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(dir.getParent());
        if (!ephemeral) {
            StalePostmaster.stopIfRunning(dir);
        }
        long start = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(ephemeral)
                // Spring stops the server after the connection pool; its own hook would race with that
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("fsync", ephemeral ? "off" : "on")
                .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        log.info(
                "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                pg.getPort(),
                dir,
                (System.nanoTime() - start) / 1_000_000);
        return pg;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("gemeinsinn-embedded");
        return new HikariDataSource(config);
    }
}
