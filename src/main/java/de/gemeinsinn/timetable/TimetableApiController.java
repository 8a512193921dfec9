package de.gemeinsinn.timetable;

import de.gemeinsinn.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/barcamp/schedule}: the stateless timetable solver over HTTP, open to
 * anyone. The body is read here (not by Spring's converter) so that the 10 MB limit and broken
 * JSON get a German problem+json answer.
 */
@ApiController("/api/v1/barcamp")
@Tag(name = "BarCamp", description = "Zeitplan-Solver für BarCamps")
class TimetableApiController {

    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final TimetableSolver solver;
    private final JsonMapper json;

    TimetableApiController(TimetableSolver solver, JsonMapper json) {
        this.solver = solver;
        this.json = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    @PostMapping(
            path = "/schedule",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Verteilt BarCamp-Sessions auf Räume und Slots, sodass möglichst viele Teilnehmende ihre"
                    + " Wunsch-Sessions besuchen können (zustandslos, ohne Anmeldung)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = ScheduleRequest.class))),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "Zeitplan mit Bewertung",
                        content = @Content(schema = @Schema(implementation = ScheduleResult.class))),
                @ApiResponse(
                        responseCode = "400",
                        description = "Ungültige Eingabe (problem+json mit deutscher Beschreibung)")
            })
    ScheduleResult schedule(HttpServletRequest http) throws IOException {
        // far too large: refuse without reading; slightly too large: read up to the limit so that
        // the container can swallow the rest and the client gets to read the 400
        if (http.getContentLengthLong() > MAX_BODY_BYTES + 2 * 1024 * 1024) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = http.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (body.length == 0) {
            throw new InvalidScheduleRequestException("Der Anfrage fehlt der JSON-Inhalt.");
        }
        ScheduleRequest request;
        try {
            request = json.readValue(body, ScheduleRequest.class);
        } catch (JacksonException e) {
            String at = e.getPathReference() == null || e.getPath().isEmpty() ? "" : " (bei „" + path(e) + "“)";
            throw new InvalidScheduleRequestException("Der JSON-Inhalt ist ungültig oder hat falsche Typen" + at + ".");
        }
        return solver.solve(request);
    }

    private static String path(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static InvalidScheduleRequestException tooLarge() {
        return new InvalidScheduleRequestException("Die Anfrage ist zu groß: höchstens 10 MB sind erlaubt.");
    }
}
