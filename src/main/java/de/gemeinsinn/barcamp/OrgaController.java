package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.events.EventCatalog;
import de.gemeinsinn.events.EventRef;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' pages: set-up (rooms, time slots, phase, quick entry of pitched sessions,
 * show-of-hands counts) and planning (compute, move, swap, pin, publish). Only people who may
 * organise the event ({@link EventCatalog#canOrganise}).
 */
@Controller
class OrgaController {

    private final BarcampService service;
    private final BarcampRepository repo;
    private final Participation participation;
    private final Planner planner;
    private final EventCatalog catalog;
    private final Access access;

    /** Organiser pages render for organisers only. */
    private static final Viewer ORGANISER = new Viewer(null, null, true, false);

    OrgaController(
            BarcampService service,
            BarcampRepository repo,
            Participation participation,
            Planner planner,
            EventCatalog catalog,
            Access access) {
        this.service = service;
        this.repo = repo;
        this.participation = participation;
        this.planner = planner;
        this.catalog = catalog;
        this.access = access;
    }

    @InitBinder({"roomForm", "slotForm"})
    void initBinder(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
        binder.initDirectFieldAccess();
    }

    private Camp organised(String slug, HttpServletRequest request) {
        access.requireUser();
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        Participation.requireOrganiser(viewer);
        return camp;
    }

    @PostMapping("/barcamp/neu")
    String create(@RequestParam(defaultValue = "") String event, RedirectAttributes flash) {
        UUID eventId = BarcampService.parseId(event);
        EventRef ref = catalog.find(eventId).orElseThrow(() -> new NotFoundException("Veranstaltung nicht gefunden"));
        if (!catalog.canOrganise(ref.id(), access.requireUser())) {
            throw new AccessDeniedException("organisers only");
        }
        service.create(ref.id());
        flash.addFlashAttribute("flash", "barcamp.flash.created");
        return "redirect:/barcamp/" + ref.slug() + "/orga";
    }

    // ---- set-up

    @GetMapping("/barcamp/{slug}/orga")
    String setup(@PathVariable String slug, HttpServletRequest request, Model model) {
        Camp camp = organised(slug, request);
        return setup(
                model,
                camp,
                Forms.Room.empty(),
                null,
                Forms.Slot.empty(camp.event().startsAt().toLocalDate()),
                null);
    }

    private String setup(
            Model model,
            Camp camp,
            Forms.Room room,
            BindingResult roomErrors,
            Forms.Slot slot,
            BindingResult slotErrors) {
        model.addAttribute("camp", camp);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("viewer", ORGANISER);
        model.addAttribute("rooms", repo.rooms(camp.id()));
        model.addAttribute("slots", repo.slots(camp.id()));
        List<Session> sessions = repo.sessions(camp.id());
        Map<UUID, Integer> votes = service.voteCounts(camp);
        model.addAttribute("sessions", sessions);
        model.addAttribute("votes", votes);
        model.addAttribute("features", Feature.values());
        model.addAttribute("roomForm", room);
        model.addAttribute("slotForm", slot);
        if (roomErrors != null) {
            model.addAttribute("org.springframework.validation.BindingResult.roomForm", roomErrors);
        }
        if (slotErrors != null) {
            model.addAttribute("org.springframework.validation.BindingResult.slotForm", slotErrors);
        }
        return "barcamp/orga";
    }

    @PostMapping("/barcamp/{slug}/orga/raeume")
    String addRoom(
            @PathVariable String slug,
            @ModelAttribute("roomForm") Forms.Room form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        form.validate(errors);
        if (errors.hasErrors()) {
            return setup(
                    model,
                    camp,
                    form,
                    errors,
                    Forms.Slot.empty(camp.event().startsAt().toLocalDate()),
                    null);
        }
        service.addRoom(camp, form);
        flash.addFlashAttribute("flash", "barcamp.flash.roomAdded");
        return "redirect:" + camp.url() + "/orga#raeume";
    }

    @PostMapping("/barcamp/{slug}/orga/raeume/{id}/loeschen")
    String deleteRoom(
            @PathVariable String slug, @PathVariable String id, HttpServletRequest request, RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        service.deleteRoom(camp, BarcampService.parseId(id));
        flash.addFlashAttribute("flash", "barcamp.flash.roomDeleted");
        return "redirect:" + camp.url() + "/orga#raeume";
    }

    @PostMapping("/barcamp/{slug}/orga/zeiten")
    String addSlot(
            @PathVariable String slug,
            @ModelAttribute("slotForm") Forms.Slot form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        form.validate(errors);
        if (errors.hasErrors()) {
            return setup(model, camp, Forms.Room.empty(), null, form, errors);
        }
        service.addSlot(camp, form);
        flash.addFlashAttribute("flash", "barcamp.flash.slotAdded");
        return "redirect:" + camp.url() + "/orga#zeiten";
    }

    @PostMapping("/barcamp/{slug}/orga/zeiten/{id}/loeschen")
    String deleteSlot(
            @PathVariable String slug, @PathVariable String id, HttpServletRequest request, RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        service.deleteSlot(camp, BarcampService.parseId(id));
        flash.addFlashAttribute("flash", "barcamp.flash.slotDeleted");
        return "redirect:" + camp.url() + "/orga#zeiten";
    }

    @PostMapping("/barcamp/{slug}/orga/phase")
    String phase(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String phase,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        Phase p = Phase.parse(phase);
        if (p == null) {
            flash.addFlashAttribute("error", "barcamp.refused.phaseUnknown");
        } else {
            service.setPhase(camp, p);
            flash.addFlashAttribute("flash", "barcamp.flash.phase");
        }
        return "redirect:" + camp.url() + "/orga";
    }

    @PostMapping("/barcamp/{slug}/orga/schnell")
    String quickAdd(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String title,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        String t = title.strip();
        if (t.isEmpty() || t.length() > Forms.TITLE_MAX) {
            flash.addFlashAttribute("error", "barcamp.quick.invalid");
            return "redirect:" + camp.url() + "/orga#schnell";
        }
        try {
            service.quickAdd(camp, t, participation.viewer(camp, request));
            flash.addFlashAttribute("flash", "barcamp.flash.quickAdded");
        } catch (Refused r) {
            flash.addFlashAttribute("error", r.key());
        }
        return "redirect:" + camp.url() + "/orga#schnell";
    }

    @PostMapping("/barcamp/{slug}/orga/handzeichen")
    String hands(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String session,
            @RequestParam(defaultValue = "") String count,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        UUID id = BarcampPagesController.sessionId(session);
        Integer n;
        try {
            n = count.isBlank() ? null : Integer.valueOf(count.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n != null && (n < 0 || n > 10_000)) {
            flash.addFlashAttribute("error", "barcamp.hands.invalid");
            return "redirect:" + camp.url() + "/orga#handzeichen";
        }
        try {
            service.hands(camp, id, n);
            flash.addFlashAttribute("flash", "barcamp.flash.hands");
        } catch (Refused r) {
            flash.addFlashAttribute("error", r.key());
        }
        return "redirect:" + camp.url() + "/orga#handzeichen";
    }

    // ---- planning

    @GetMapping("/barcamp/{slug}/planung")
    String planning(@PathVariable String slug, HttpServletRequest request, Model model) {
        Camp camp = organised(slug, request);
        List<Session> sessions = repo.sessions(camp.id());
        Map<UUID, Integer> votes = service.voteCounts(camp);
        Grid grid = Grid.of(repo.rooms(camp.id()), repo.slots(camp.id()), sessions);
        model.addAttribute("camp", camp);
        model.addAttribute("viewer", ORGANISER);
        model.addAttribute("grid", grid);
        model.addAttribute("votes", votes);
        Map<UUID, Integer> interest = new java.util.HashMap<>();
        sessions.forEach(s -> interest.put(s.id(), BarcampService.interest(s, votes)));
        model.addAttribute("interest", interest);
        model.addAttribute(
                "sessions",
                sessions.stream()
                        .sorted(Comparator.comparing((Session s) -> -BarcampService.interest(s, votes))
                                .thenComparing(Session::title))
                        .toList());
        model.addAttribute("summary", Planner.summary(camp.barcamp().lastSolve()));
        model.addAttribute("changes", repo.changes(camp.id(), 10));
        return "barcamp/planning";
    }

    @PostMapping("/barcamp/{slug}/planung/berechnen")
    String solve(@PathVariable String slug, HttpServletRequest request, RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        try {
            planner.solve(camp);
            flash.addFlashAttribute("flash", "barcamp.flash.solved");
        } catch (Refused r) {
            flash.addFlashAttribute("error", r.key());
            flash.addFlashAttribute("errorArgs", r.args());
        }
        return "redirect:" + camp.url() + "/planung";
    }

    @PostMapping("/barcamp/{slug}/planung/verschieben")
    String move(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String session,
            @RequestParam(defaultValue = "") String cell,
            @RequestParam(defaultValue = "false") boolean pin,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        UUID id = BarcampPagesController.sessionId(session);
        BarcampService.Cell target = BarcampService.Cell.NONE;
        if (!cell.isBlank()) {
            String[] parts = cell.split("/");
            UUID room = parts.length == 2 ? BarcampService.parseId(parts[0]) : null;
            UUID slot = parts.length == 2 ? BarcampService.parseId(parts[1]) : null;
            if (room == null || slot == null) {
                flash.addFlashAttribute("error", "barcamp.move.cellInvalid");
                return "redirect:" + camp.url() + "/planung";
            }
            target = new BarcampService.Cell(room, slot);
        }
        BarcampService.Cell to = target;
        return planningAction(camp, flash, "barcamp.flash.moved", () -> service.move(camp, id, to, pin));
    }

    @PostMapping("/barcamp/{slug}/planung/tauschen")
    String swap(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String a,
            @RequestParam(defaultValue = "") String b,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        UUID first = BarcampPagesController.sessionId(a);
        UUID second = BarcampPagesController.sessionId(b);
        return planningAction(camp, flash, "barcamp.flash.swapped", () -> service.swap(camp, first, second));
    }

    @PostMapping("/barcamp/{slug}/planung/anheften")
    String pin(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String session,
            @RequestParam(defaultValue = "true") boolean on,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        UUID id = BarcampPagesController.sessionId(session);
        return planningAction(
                camp, flash, on ? "barcamp.flash.pinned" : "barcamp.flash.unpinned", () -> service.pin(camp, id, on));
    }

    @PostMapping("/barcamp/{slug}/planung/veroeffentlichen")
    String publish(
            @PathVariable String slug,
            @RequestParam(defaultValue = "true") boolean on,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Camp camp = organised(slug, request);
        service.publish(camp, on);
        flash.addFlashAttribute("flash", on ? "barcamp.flash.published" : "barcamp.flash.unpublished");
        return "redirect:" + camp.url() + "/planung";
    }

    private String planningAction(Camp camp, RedirectAttributes flash, String success, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("flash", success);
        } catch (Refused r) {
            flash.addFlashAttribute("error", r.key());
            flash.addFlashAttribute("errorArgs", r.args());
        }
        return "redirect:" + camp.url() + "/planung";
    }
}
