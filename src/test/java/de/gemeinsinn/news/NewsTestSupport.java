package de.gemeinsinn.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Shared helpers: MockMvc with security, signed-in people, cities and articles. */
abstract class NewsTestSupport {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MarkdownRenderer markdown;

    MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        // the demo data of the network module provides the member cities Bottrop and Bocholt
        assertThat(jdbc.sql("SELECT count(*) FROM network.city WHERE slug IN ('bottrop', 'bocholt')")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
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
        return user(new GemeinsinnUser(
                UUID.randomUUID(), "erika@example.org", "Erika Mustermann", null, true, Set.of(role)));
    }

    /** Inserts an article directly (no permission checks) and returns its slug. */
    String article(String title, String city, ArticleStatus status, String body, UUID authorId) {
        String slug = Slugs.of(title) + "-" + UUID.randomUUID().toString().substring(0, 8);
        articles.insert(new Article(
                null,
                slug,
                title,
                "Anreißer zu " + title,
                body,
                markdown.toHtml(body),
                null,
                null,
                List.of("Testthema"),
                city,
                city == null ? null : "West",
                status,
                Instant.now().minus(1, ChronoUnit.MINUTES),
                authorId,
                authorId == null ? null : "Erika Mustermann",
                null));
        return slug;
    }

    String article(String title, String city, ArticleStatus status) {
        return article(title, city, status, "Ein **Text**.", null);
    }
}
