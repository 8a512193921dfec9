package de.gemeinsinn.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** Through Tomcat: a logo over 5 MB ends on the form with a German message, nothing saved. */
@GemeinsinnTest
class OrganisationUploadLimitHttpTests {

    @LocalServerPort
    int port;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tooLargeLogoEndsOnTheFormWithAGermanMessage() throws Exception {
        String cookie = signedIn();
        HttpResponse<String> form =
                http.send(get("/organisationen/registrieren", cookie), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        int before = jdbc.sql("SELECT count(*) FROM organisations.organisation")
                .query(Integer.class)
                .single();

        String boundary = "----gemeinsinn" + UUID.randomUUID();
        byte[] body = multipart(boundary, csrf.group(1), new byte[5 * 1024 * 1024 + 512 * 1024]);
        HttpResponse<String> posted = http.send(
                HttpRequest.newBuilder(uri("/organisationen/registrieren"))
                        .header("Cookie", cookie)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/organisationen/registrieren");

        HttpResponse<String> again =
                http.send(get("/organisationen/registrieren", cookie), HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).contains("Die Datei ist zu groß. Bilder dürfen höchstens 5 MB groß sein.");
        assertThat(jdbc.sql("SELECT count(*) FROM organisations.organisation")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    String signedIn() {
        GemeinsinnUser user =
                new GemeinsinnUser(UUID.randomUUID(), "verein@example.org", "Vera Verein", null, true, Set.of());
        return store(
                sessions,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
    }

    static <S extends Session> String store(SessionRepository<S> repository, SecurityContextImpl context) {
        S session = repository.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        repository.save(session);
        return "GSESSION=" + Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest get(String path, String cookie) {
        return HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).build();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static byte[] multipart(String boundary, String csrf, byte[] file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[][] fields = {
            {"_csrf", csrf},
            {"city", "bottrop"},
            {"name", "Zu großes Logo e. V."},
            {"type", "VEREIN"},
            {"description", "Beschreibung"}
        };
        for (String[] f : fields) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1]
                            + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"gross.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
