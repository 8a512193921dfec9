package de.gemeinsinn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A tiny browser: keeps cookies, does not follow redirects, submits forms with their CSRF token. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String forwardedFor;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Pretends to come from another IP address (the app trusts X-Forwarded-For). */
    Browser from(String ip) {
        this.forwardedFor = ip;
        return this;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    /** Opens the page, takes its CSRF token and posts the fields to the action. */
    HttpResponse<String> submit(String page, String action, Map<String, String> fields) throws Exception {
        HttpResponse<String> form = get(page);
        assertThat(form.statusCode()).as("GET " + page).isEqualTo(200);
        Matcher m = CSRF.matcher(form.body());
        assertThat(m.find()).as("CSRF token on " + page).isTrue();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", m.group(1));
        return post(action, all);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Logs in and returns where the login redirected to. */
    String login(String email, String password) throws Exception {
        HttpResponse<String> res = submit("/anmelden", "/anmelden", Map.of("email", email, "password", password));
        assertThat(res.statusCode()).isEqualTo(302);
        return res.headers().firstValue("Location").orElseThrow();
    }

    static String location(HttpResponse<?> res) {
        return res.headers().firstValue("Location").orElseThrow();
    }

    private HttpRequest.Builder request(String path) {
        String url = path.startsWith("http") ? path : base + path;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
