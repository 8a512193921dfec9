package de.gemeinsinn.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.support.GemeinsinnTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The solver over HTTP, anonymously, through the real servlet container and security chain. */
@GemeinsinnTest
class TimetableApiTests {

    static final String VALID = """
            {"rooms":[{"id":"r1","name":"Kirchenschiff","capacity":2},{"id":"r2","name":"Sakristei","capacity":1}],
             "slots":[{"id":"t1","start":"2026-05-20T10:00:00+02:00","end":"2026-05-20T10:45:00+02:00"},
                      {"id":"t2","start":"2026-05-20T11:00:00+02:00","end":"2026-05-20T11:45:00+02:00"}],
             "sessions":[{"id":"s1","title":"Quartiersarbeit","hosts":["p1"],"pinned":{"room":"r1","slot":"t1"}},
                         {"id":"s2","title":"Ehrenamt digital","hosts":["p2"]},
                         {"id":"s3","title":"Förderanträge","hosts":["p3"],"allowedSlots":["t2"]}],
             "participants":[{"id":"p1","interests":["s2"]},{"id":"p2","interests":["s1","s3"]},
                             {"id":"p3","interests":["s1"],"unavailableSlots":[]},
                             {"id":"p4","interests":["s1","s2","s3"],"unavailableSlots":["t2"]}],
             "previous":[{"session":"s2","room":"r2","slot":"t2"}],
             "moveCost":5,"timeLimitSeconds":0.3}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anonymousPostGetsAPlanWithItsScore() throws Exception {
        HttpResponse<String> res = post(VALID);
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(res.body());
        assertThat(body.get("placements")).hasSize(3);
        assertThat(body.get("unplaced")).isEmpty();
        assertThat(body.get("score").get("hard").asInt()).isZero();
        String s1 = "";
        String s3 = "";
        for (JsonNode p : body.get("placements")) {
            if (p.get("session").asString().equals("s1")) {
                s1 = p.get("room").asString() + "/" + p.get("slot").asString();
            }
            if (p.get("session").asString().equals("s3")) {
                s3 = p.get("slot").asString();
            }
        }
        assertThat(s1).isEqualTo("r1/t1");
        assertThat(s3).isEqualTo("t2");
        JsonNode score = body.get("score");
        assertThat(score.get("total").asDouble())
                .isEqualTo(score.get("missedInterest").asDouble()
                        + score.get("capacityOverflow").asDouble()
                        + 5 * score.get("moves").asDouble());
        assertThat(body.get("solveMillis").asLong()).isBetween(0L, 330L);
    }

    @Test
    void badInputIsA400ProblemInGerman() throws Exception {
        assertProblem(
                post(VALID.replace("\"interests\":[\"s2\"]", "\"interests\":[\"s99\"]")), "unbekannte Session „s99“");
        assertProblem(post(VALID.replace("{\"id\":\"r2\"", "{\"id\":\"r1\"")), "Raum-ID „r1“ kommt mehrfach vor");
        assertProblem(post(VALID.replace("\"capacity\":1", "\"capacity\":-3")), "Kapazität darf nicht negativ sein");
        assertProblem(
                post(VALID.replace("\"allowedSlots\":[\"t2\"]", "\"pinned\":{\"room\":\"r1\",\"slot\":\"t1\"}")),
                "beide auf Raum „r1“ in Slot „t1“ angepinnt");
        assertProblem(post(VALID.replace("\"rooms\":", "\"raeume\":")), "Das Feld „rooms“ fehlt");
        assertProblem(post("{\"rooms\": [1, 2"), "JSON-Inhalt ist ungültig");
        assertProblem(post(VALID.replace("\"capacity\":2", "\"capacity\":\"viel\"")), "rooms[0].capacity");
    }

    @Test
    void bodiesOverTenMegabytesAreRejected() throws Exception {
        char[] padding = new char[10 * 1024 * 1024 + 1];
        Arrays.fill(padding, ' ');
        HttpResponse<String> res = post(VALID.replace("\"moveCost\"", new String(padding) + "\"moveCost\""));
        assertProblem(res, "höchstens 10 MB");
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() throws Exception {
        HttpResponse<String> docs = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode op = json.readTree(docs.body())
                .get("paths")
                .get("/api/v1/barcamp/schedule")
                .get("post");
        assertThat(op.get("summary").asString()).startsWith("Verteilt BarCamp-Sessions");
        assertThat(op.get("requestBody").toString()).contains("ScheduleRequest");
    }

    private void assertProblem(HttpResponse<String> res, String detail) throws Exception {
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(res.body()).get("detail").asString()).contains(detail);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/barcamp/schedule"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
