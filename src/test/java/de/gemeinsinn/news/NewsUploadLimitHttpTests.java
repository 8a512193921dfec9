package de.gemeinsinn.news;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.support.GemeinsinnTest;
import de.gemeinsinn.support.TestImages;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Through the real servlet container: an upload over {@code max-file-size} makes Tomcat give up
 * parsing the form. The visitor must land back on the form with a German message, not on a
 * CSRF error or a 500.
 */
@GemeinsinnTest
class NewsUploadLimitHttpTests {

    @LocalServerPort
    int port;

    @Autowired
    SessionRepository<? extends Session> sessions;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tooLargeUploadEndsOnTheFormWithAGermanMessage() throws Exception {
        String cookie = signedInCoordinator("bottrop");

        HttpResponse<String> form = http.send(get("/news/neu", cookie), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();

        String boundary = "----gemeinsinn" + UUID.randomUUID();
        byte[] body = multipart(boundary, csrf.group(1), new byte[5 * 1024 * 1024 + 512 * 1024]);
        HttpResponse<String> posted = http.send(
                HttpRequest.newBuilder(uri("/news/neu"))
                        .header("Cookie", cookie)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/news/neu");

        HttpResponse<String> again = http.send(get("/news/neu", cookie), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Die Datei ist zu groß. Bilder dürfen höchstens 5 MB groß sein.");
    }

    @Test
    void normalUploadStillWorksThroughTheContainer() throws Exception {
        String cookie = signedInCoordinator("bottrop");
        HttpResponse<String> form = http.send(get("/news/neu", cookie), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String boundary = "----gemeinsinn" + UUID.randomUUID();
        byte[] png = TestImages.encode(TestImages.picture(640, 480), "png");
        HttpResponse<String> posted = http.send(
                HttpRequest.newBuilder(uri("/news/neu"))
                        .header("Cookie", cookie)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, csrf.group(1), png)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).contains("/news/zu-grosses-bild");
    }

    /** A session as the login would create it, stored where every instance finds it. */
    String signedInCoordinator(String city) {
        GemeinsinnUser user = new GemeinsinnUser(
                UUID.randomUUID(),
                "koordination@example.org",
                "Max Mustermann",
                null,
                true,
                Set.of(new ScopedRole(Role.CITY_COORDINATOR, city)));
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
            {"title", "Zu großes Bild"},
            {"teaser", "t"},
            {"body", "b"},
            {"city", "bottrop"},
            {"publishedOn", "2025-08-01"},
            {"imageAlt", "Alt"}
        };
        for (String[] f : fields) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1]
                            + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"gross.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
