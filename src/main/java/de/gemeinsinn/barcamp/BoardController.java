package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Camp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live board (phones) and the kiosk view (beamer): "jetzt / als Nächstes" per room, the
 * timetable and the announced changes. Both pages load {@code /js/barcamp.js}, which listens on
 * the SSE stream and reloads the board's content when the version changes. Public once the
 * timetable is published; before that only organisers see it (as a preview).
 */
@Controller
class BoardController {

    private final BarcampService service;
    private final BarcampRepository repo;
    private final Participation participation;
    private final BoardHub hub;

    BoardController(BarcampService service, BarcampRepository repo, Participation participation, BoardHub hub) {
        this.service = service;
        this.repo = repo;
        this.participation = participation;
        this.hub = hub;
    }

    @GetMapping("/barcamp/{slug}/board")
    String board(
            @PathVariable String slug,
            @RequestParam(name = "jetzt", required = false) String at,
            HttpServletRequest request,
            Model model) {
        fill(slug, at, request, model);
        return "barcamp/board";
    }

    @GetMapping("/barcamp/{slug}/kiosk")
    String kiosk(
            @PathVariable String slug,
            @RequestParam(name = "jetzt", required = false) String at,
            HttpServletRequest request,
            Model model) {
        fill(slug, at, request, model);
        return "barcamp/kiosk";
    }

    /** The changing part of both pages, fetched by the script after each SSE message. */
    @GetMapping("/barcamp/{slug}/board/inhalt")
    String content(
            @PathVariable String slug,
            @RequestParam(name = "jetzt", required = false) String at,
            @RequestParam(name = "ansicht", defaultValue = "board") String view,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        fill(slug, at, request, model);
        response.setHeader("Cache-Control", "no-store");
        return "kiosk".equals(view) ? "barcamp/kiosk :: content" : "barcamp/board :: content";
    }

    @GetMapping(path = "/barcamp/{slug}/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        Camp camp = service.camp(slug);
        requireVisible(camp, participation.viewer(camp, request));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        return hub.connect(camp.id(), camp.barcamp().boardVersion());
    }

    private void fill(String slug, String at, HttpServletRequest request, Model model) {
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        requireVisible(camp, viewer);
        Grid grid = Grid.of(repo.rooms(camp.id()), repo.slots(camp.id()), repo.sessions(camp.id()));
        model.addAttribute("camp", camp);
        model.addAttribute("viewer", viewer);
        model.addAttribute("board", Board.at(camp, grid, repo.changes(camp.id(), 20), moment(at)));
        model.addAttribute("at", validAt(at));
    }

    private static void requireVisible(Camp camp, Viewer viewer) {
        if (!camp.barcamp().published()) {
            Participation.requireOrganiser(viewer);
        }
    }

    static String validAt(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(at.strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code ?jetzt=2025-05-16T14:10} shows the board at that local time (preview, tests). */
    static Instant moment(String at) {
        if (at != null && !at.isBlank()) {
            try {
                return LocalDateTime.parse(at.strip())
                        .atZone(de.gemeinsinn.barcamp.Stored.ZONE)
                        .toInstant();
            } catch (DateTimeParseException e) {
                // fall through to now
            }
        }
        return Instant.now();
    }
}
