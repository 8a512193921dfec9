package de.gemeinsinn.barcamp;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.accounts.domain.Consents;
import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.events.BarcampEventFixtures;
import de.gemeinsinn.events.EventRef;
import de.gemeinsinn.platform.security.ScopedRole;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Fresh BarCamps, people and a tiny cookie-keeping HTTP client for the BarCamp tests. */
abstract class BarcampTestSupport {

    static final String PASSWORD = "Richtig-Langes-Passwort";
    static final String DEMO_PASSWORD = "Demo-Passwort-2026";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    BarcampService service;

    @Autowired
    BarcampRepository repo;

    record TestPerson(UUID id, String email, String name) {}

    TestPerson person(String name, ScopedRole... roles) {
        String email = "bc-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Person p = Person.active(
                email, name, context.getBean(PasswordEncoder.class).encode(PASSWORD), Instant.now());
        context.getBean(People.class).insert(p);
        context.getBean(Consents.class).recordPrivacyPolicy(p.id(), Instant.now());
        for (ScopedRole role : roles) {
            context.getBean(RoleGrants.class).grant(p.id(), role, null);
        }
        return new TestPerson(p.id(), email, name);
    }

    /** A city event in Bottrop (organised by Bottrop's coordinators, e.g. Erika) with a BarCamp. */
    Camp camp(String title) {
        EventRef event = BarcampEventFixtures.event(context, title, "bottrop");
        service.create(event.id());
        return service.camp(event.slug());
    }

    Camp reload(Camp camp) {
        return service.camp(camp.slug());
    }

    UUID register(Camp camp, String name, String email) {
        return BarcampEventFixtures.register(context, camp.event().id(), name, email);
    }

    void grid(Camp camp, int rooms, int slots) {
        LocalDate day = camp.event().startsAt().toLocalDate();
        for (int r = 0; r < rooms; r++) {
            service.addRoom(
                    camp, new Forms.Room("Raum " + (r + 1), String.valueOf(r == 0 ? 60 : 20), List.of("STEP_FREE")));
        }
        for (int t = 0; t < slots; t++) {
            String start = String.format("%02d:00", 10 + t);
            String end = String.format("%02d:45", 10 + t);
            service.addSlot(camp, new Forms.Slot(day.toString(), start, end));
        }
    }

    Web web() {
        return new Web("http://localhost:" + port);
    }

    /** Keeps cookies, does not follow redirects, submits forms with their CSRF token. */
    static final class Web {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final String base;
        private final HttpClient http;
        private String csrf;

        Web(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> res = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(res.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return res;
        }

        /** Posts with the CSRF token of the last page (loads {@code page} first when given). */
        HttpResponse<String> post(String page, String path, Map<String, String> fields) throws Exception {
            if (page != null) {
                get(page);
            }
            if (csrf == null) {
                get("/anmelden");
            }
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            return post(null, path, fields);
        }

        HttpResponse<String> multipart(String path, String filename, String type, byte[] content) throws Exception {
            if (csrf == null) {
                get("/anmelden");
            }
            String boundary = "----bc" + UUID.randomUUID();
            var out = new java.io.ByteArrayOutputStream();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path + "?_csrf=" + enc(csrf)))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String get0(String path) {
            try {
                HttpResponse<String> res = get(path);
                assertThat(res.statusCode()).as("GET " + path).isEqualTo(200);
                return res.body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        int status(String path) {
            try {
                return get(path).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        Web login(String email, String password) throws Exception {
            HttpResponse<String> res = post("/anmelden", "/anmelden", Map.of("email", email, "password", password));
            assertThat(res.statusCode()).as("login " + email).isEqualTo(302);
            assertThat(location(res)).doesNotContain("fehler");
            csrf = null;
            get("/");
            return this;
        }

        static String location(HttpResponse<?> res) {
            return res.headers().firstValue("Location").orElse("");
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
