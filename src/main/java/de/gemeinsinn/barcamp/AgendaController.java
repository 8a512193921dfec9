package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.List;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal calendar feed (a secret URL per participant, since calendar apps cannot log in)
 * and the unsubscribe page of the change mails.
 */
@Controller
class AgendaController {

    private final BarcampService service;
    private final BarcampRepository repo;
    private final AgendaCalendar calendar;

    AgendaController(BarcampService service, BarcampRepository repo, AgendaCalendar calendar) {
        this.service = service;
        this.repo = repo;
        this.calendar = calendar;
    }

    @GetMapping("/barcamp/{slug}/kalender/{token}")
    ResponseEntity<String> feed(@PathVariable String slug, @PathVariable String token) {
        Camp camp = service.camp(slug);
        String secret = token.endsWith(".ics") ? token.substring(0, token.length() - 4) : token;
        BarcampRepository.Participant p = repo.participantByFeedToken(secret)
                .filter(x -> x.barcampId().equals(camp.id()))
                .orElseThrow(() -> new NotFoundException("Kalender nicht gefunden"));
        List<Session> sessions = repo.sessions(camp.id());
        Grid grid = Grid.of(repo.rooms(camp.id()), repo.slots(camp.id()), sessions);
        Set<java.util.UUID> stars = repo.starredBy(camp.id(), p.registrationId());
        List<Session> starred = camp.barcamp().published()
                ? sessions.stream().filter(s -> stars.contains(s.id())).toList()
                : List.of();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AgendaCalendar.CONTENT_TYPE))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("Content-Disposition", "inline; filename=\"mein-barcamp-plan.ics\"")
                .body(calendar.write(camp, grid, starred));
    }

    @GetMapping("/barcamp/abbestellen/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        repo.participantByFeedToken(token).orElseThrow(() -> new NotFoundException("Link ungültig"));
        model.addAttribute("token", token);
        return "barcamp/unsubscribe";
    }

    @PostMapping("/barcamp/abbestellen/{token}")
    String unsubscribe(@PathVariable String token, RedirectAttributes flash) {
        BarcampRepository.Participant p =
                repo.participantByFeedToken(token).orElseThrow(() -> new NotFoundException("Link ungültig"));
        repo.setNotify(p.barcampId(), p.registrationId(), false);
        flash.addFlashAttribute("flash", "barcamp.flash.notifyOff");
        return "redirect:/barcamp/abbestellen/" + token;
    }
}
