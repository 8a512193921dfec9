package de.gemeinsinn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.support.GemeinsinnTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@GemeinsinnTest
class ApiTokenTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    HttpResponse<String> me(String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void createUseAndRevokeAPersonalToken() throws Exception {
        Person person = new TestPeople(context).create("Tina Token");
        Browser browser = new Browser(port);
        browser.login(person.email(), TestPeople.PASSWORD);

        var created =
                browser.submit("/konto/tokens", "/konto/tokens", Map.of("name", "Kalender-Sync", "expiresOn", ""));
        assertThat(Browser.location(created)).endsWith("/konto/tokens");
        String page = browser.get("/konto/tokens").body();
        Matcher m = Pattern.compile("<code id=\"new-token\">(gs_[A-Za-z0-9_-]{43})</code>")
                .matcher(page);
        assertThat(m.find()).as("token shown once").isTrue();
        String token = m.group(1);
        assertThat(browser.get("/konto/tokens").body()).as("never shown again").doesNotContain(token);

        var ok = me(token);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains(person.email()).contains("Tina Token");
        assertThat(browser.get("/konto/tokens").body())
                .contains("Kalender-Sync")
                .doesNotContain("noch nie");

        String list = browser.get("/konto/tokens").body();
        Matcher action = Pattern.compile("action=\"(/konto/tokens/[0-9a-f-]+/widerrufen)\"")
                .matcher(list);
        assertThat(action.find()).isTrue();
        browser.submit("/konto/tokens", action.group(1), Map.of());

        var revoked = me(token);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(revoked.body()).contains("Das Zugangstoken ist unbekannt, abgelaufen oder widerrufen.");
    }

    @Test
    void invalidExpiryIsAFieldErrorNotACrash() throws Exception {
        Person person = new TestPeople(context).create("Frida Form");
        Browser browser = new Browser(port);
        browser.login(person.email(), TestPeople.PASSWORD);
        var res = browser.submit("/konto/tokens", "/konto/tokens", Map.of("name", "", "expiresOn", "gestern"));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body())
                .contains("id=\"name-error\"")
                .contains("Bitte geben Sie ein gültiges Datum an.")
                .contains("aria-describedby=\"expiresOn-error\"");
    }

    @Test
    void adminTokenFromThePropertiesIsANetworkAdmin() throws Exception {
        var res = me("test-admin-token-0123456789abcdef");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("admin@gemeinsinn.test").contains("NETWORK_ADMIN");
    }

    @Test
    void withoutTokenTheApiSaysWhoAreYou() throws Exception {
        var res = me(null);
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(me("gs_erfunden").statusCode()).isEqualTo(401);
    }
}
