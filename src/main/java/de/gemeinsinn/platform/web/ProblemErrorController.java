package de.gemeinsinn.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Errors that no controller handled (unknown API paths, malformed requests rejected by the
 * server): HTML clients get the friendly error pages, everyone else an RFC 9457 problem+json
 * body in German instead of Spring Boot's default error JSON.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, new ErrorProperties(), resolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.put("instance", uri.toString());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Nicht gefunden";
            case BAD_REQUEST -> "Ungültige Anfrage";
            case UNAUTHORIZED -> "Anmeldung erforderlich";
            case FORBIDDEN -> "Keine Berechtigung";
            case METHOD_NOT_ALLOWED -> "Methode nicht erlaubt";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "Anfrage zu groß";
            default -> status.is4xxClientError() ? "Ungültige Anfrage" : "Serverfehler";
        };
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Diese Adresse gibt es nicht. Die verfügbaren Endpunkte stehen unter /api.";
            case BAD_REQUEST -> "Die Anfrage ist fehlerhaft aufgebaut (z. B. ungültige Zeichenkodierung).";
            case METHOD_NOT_ALLOWED -> "Diese Methode ist für diese Adresse nicht vorgesehen.";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "Die gesendeten Daten überschreiten die erlaubte Größe.";
            default ->
                status.is4xxClientError()
                        ? "Die Anfrage konnte nicht bearbeitet werden."
                        : "Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.";
        };
    }
}
