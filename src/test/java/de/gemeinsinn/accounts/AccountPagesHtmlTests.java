package de.gemeinsinn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every accounts page, also with form errors, renders without inline scripts, styles or handlers
 * (strict CSP) and with exactly one h1. (HTML validity and axe run in the browser crawl.)
 */
@GemeinsinnTest
class AccountPagesHtmlTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Test
    void pagesRenderWithoutInlineCode() throws Exception {
        Browser anonymous = new Browser(port);
        List<String> pages = new ArrayList<>();
        for (String path : List.of(
                "/anmelden?fehler", "/registrieren", "/passwort/vergessen", "/passwort/neu?token=x", "/einladung")) {
            pages.add(page(anonymous, path));
        }
        pages.add(anonymous
                .submit("/registrieren", "/registrieren", Map.of("email", "kaputt", "password", "kurz"))
                .body());

        Browser admin = new Browser(port);
        admin.login("admin@gemeinsinn.test", "Admin-Passwort-123");
        String erika = people.byEmail("erika.mustermann@example.org")
                .orElseThrow()
                .id()
                .toString();
        for (String path : List.of(
                "/konto",
                "/konto/tokens",
                "/konto/daten",
                "/admin/personen",
                "/admin/personen/" + erika,
                "/admin/staedte/bottrop/koordination")) {
            pages.add(page(admin, path));
        }
        pages.add(admin.submit("/konto/tokens", "/konto/tokens", Map.of("name", "", "expiresOn", "x"))
                .body());

        for (String html : pages) {
            String title = html.substring(html.indexOf("<title>"), html.indexOf("</title>"));
            assertThat(html).as(title).doesNotContain("style=").doesNotContainPattern("<script>|\\son[a-z]+=");
            assertThat(html).as(title).containsOnlyOnce("<h1");
        }
    }

    private static String page(Browser browser, String path) throws Exception {
        var res = browser.get(path);
        assertThat(res.statusCode()).as(path).isEqualTo(200);
        return res.body();
    }
}
