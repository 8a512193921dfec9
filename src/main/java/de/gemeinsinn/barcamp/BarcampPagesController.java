package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.events.EventCatalog;
import de.gemeinsinn.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participants' pages, built for phones: overview with proposals and "interessiert", propose
 * a session, the personal link for people without an account, and "Mein Plan". Every form works
 * without JavaScript (POST-redirect-GET); with htmx the vote and star buttons update in place.
 */
@Controller
class BarcampPagesController {

    private final BarcampService service;
    private final BarcampRepository repo;
    private final Participation participation;
    private final GuestAccess guests;
    private final EventCatalog catalog;

    BarcampPagesController(
            BarcampService service,
            BarcampRepository repo,
            Participation participation,
            GuestAccess guests,
            EventCatalog catalog) {
        this.service = service;
        this.repo = repo;
        this.participation = participation;
        this.guests = guests;
        this.catalog = catalog;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
        binder.initDirectFieldAccess();
    }

    /** A session as a card: what this viewer may see of it. */
    record Card(Session session, String hosts, int interest, boolean voted, boolean starred) {}

    @GetMapping("/barcamp")
    String index(Model model) {
        List<Camp> camps = new ArrayList<>();
        for (de.gemeinsinn.barcamp.Stored.Barcamp b : repo.all()) {
            catalog.find(b.eventId()).ifPresent(e -> camps.add(new Camp(b, e)));
        }
        camps.sort(Comparator.comparing((Camp c) -> c.event().startsAt()).reversed());
        model.addAttribute("camps", camps);
        return "barcamp/index";
    }

    @GetMapping("/barcamp/{slug}")
    String overview(@PathVariable String slug, HttpServletRequest request, Model model) {
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        model.addAttribute("camp", camp);
        model.addAttribute("viewer", viewer);
        model.addAttribute("phases", Phase.values());
        List<Session> sessions = repo.sessions(camp.id());
        Grid grid = Grid.of(repo.rooms(camp.id()), repo.slots(camp.id()), sessions);
        model.addAttribute("grid", grid);
        if (viewer.member()) {
            model.addAttribute("cards", cards(camp, viewer, sessions));
        }
        model.addAttribute("showGrid", camp.barcamp().published() || viewer.organiser());
        return "barcamp/overview";
    }

    List<Card> cards(Camp camp, Viewer viewer, List<Session> sessions) {
        Map<UUID, Integer> votes = service.voteCounts(camp);
        Set<UUID> mine = viewer.participant() ? repo.votedBy(camp.id(), viewer.registrationId()) : Set.of();
        Set<UUID> stars = viewer.participant() ? repo.starredBy(camp.id(), viewer.registrationId()) : Set.of();
        return sessions.stream().map(s -> card(s, viewer, votes, mine, stars)).toList();
    }

    static Card card(Session s, Viewer viewer, Map<UUID, Integer> votes, Set<UUID> mine, Set<UUID> stars) {
        return new Card(
                s,
                s.hostsFor(viewer.member(), viewer.organiser()),
                BarcampService.interest(s, votes),
                mine.contains(s.id()),
                stars.contains(s.id()));
    }

    // ---- propose

    @GetMapping("/barcamp/{slug}/vorschlagen")
    String proposeForm(@PathVariable String slug, HttpServletRequest request, Model model) {
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        Participation.requireMember(viewer);
        return proposeForm(model, camp, viewer, Forms.Proposal.empty(viewer.displayName()));
    }

    private String proposeForm(Model model, Camp camp, Viewer viewer, Forms.Proposal form) {
        model.addAttribute("camp", camp);
        model.addAttribute("viewer", viewer);
        model.addAttribute("form", form);
        model.addAttribute("features", Feature.values());
        model.addAttribute("visibilities", HostVisibility.values());
        return "barcamp/propose";
    }

    @PostMapping("/barcamp/{slug}/vorschlagen")
    String propose(
            @PathVariable String slug,
            @ModelAttribute("form") Forms.Proposal form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        Participation.requireMember(viewer);
        form.validate(errors);
        if (errors.hasErrors()) {
            return proposeForm(model, camp, viewer, form);
        }
        try {
            service.propose(camp, viewer, form);
        } catch (Refused r) {
            flash.addFlashAttribute("error", r.key());
            return "redirect:" + camp.url();
        }
        flash.addFlashAttribute("flash", "barcamp.flash.proposed");
        return "redirect:" + camp.url() + "#sessions";
    }

    // ---- interest and stars (htmx answers with the card, otherwise back to the list)

    @PostMapping("/barcamp/{slug}/sessions/{id}/interesse")
    String vote(
            @PathVariable String slug,
            @PathVariable String id,
            @RequestParam(defaultValue = "true") boolean on,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        Participation.requireParticipant(viewer);
        UUID sessionId = sessionId(id);
        try {
            service.vote(camp, viewer, sessionId, on);
        } catch (Refused r) {
            flash.addFlashAttribute("error", r.key());
            return "redirect:" + camp.url();
        }
        return answer(
                camp, viewer, sessionId, htmx, model, flash, on ? "barcamp.flash.voted" : "barcamp.flash.unvoted");
    }

    @PostMapping("/barcamp/{slug}/sessions/{id}/merken")
    String star(
            @PathVariable String slug,
            @PathVariable String id,
            @RequestParam(defaultValue = "true") boolean on,
            @RequestParam(required = false) String back,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        Participation.requireParticipant(viewer);
        UUID sessionId = sessionId(id);
        service.star(camp, viewer, sessionId, on);
        if ("plan".equals(back) && htmx == null) {
            flash.addFlashAttribute("flash", on ? "barcamp.flash.starred" : "barcamp.flash.unstarred");
            return "redirect:" + camp.url() + "/mein-plan";
        }
        return answer(
                camp, viewer, sessionId, htmx, model, flash, on ? "barcamp.flash.starred" : "barcamp.flash.unstarred");
    }

    private String answer(
            Camp camp,
            Viewer viewer,
            UUID sessionId,
            String htmx,
            Model model,
            RedirectAttributes flash,
            String message) {
        if (htmx != null) {
            Camp fresh = service.camp(camp.slug());
            Session s = service.session(fresh, sessionId);
            Map<UUID, Integer> votes = service.voteCounts(fresh);
            model.addAttribute("camp", fresh);
            model.addAttribute("viewer", viewer);
            model.addAttribute(
                    "card",
                    card(
                            s,
                            viewer,
                            votes,
                            repo.votedBy(fresh.id(), viewer.registrationId()),
                            repo.starredBy(fresh.id(), viewer.registrationId())));
            model.addAttribute("announce", message);
            return "barcamp/overview :: card";
        }
        flash.addFlashAttribute("flash", message);
        return "redirect:" + camp.url() + "#s-" + sessionId;
    }

    static UUID sessionId(String id) {
        UUID uuid = BarcampService.parseId(id);
        if (uuid == null) {
            throw new NotFoundException("Session nicht gefunden");
        }
        return uuid;
    }

    // ---- personal link for participants without an account

    @GetMapping("/barcamp/{slug}/zugang")
    String accessForm(@PathVariable String slug, HttpServletRequest request, Model model) {
        Camp camp = service.camp(slug);
        model.addAttribute("camp", camp);
        model.addAttribute("viewer", participation.viewer(camp, request));
        return "barcamp/access";
    }

    @PostMapping("/barcamp/{slug}/zugang")
    String requestAccess(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Camp camp = service.camp(slug);
        String address = email.strip();
        if (address.isEmpty() || address.length() > 254 || !address.contains("@")) {
            model.addAttribute("camp", camp);
            model.addAttribute("viewer", participation.viewer(camp, request));
            model.addAttribute("emailError", "barcamp.access.emailInvalid");
            model.addAttribute("email", address);
            return "barcamp/access";
        }
        guests.sendLink(camp, address);
        flash.addFlashAttribute("flash", "barcamp.access.sent");
        return "redirect:" + camp.url() + "/zugang";
    }

    @GetMapping("/barcamp/zugang/{token}")
    String redeem(@PathVariable String token, HttpServletRequest request, RedirectAttributes flash) {
        GuestAccess.Redeemed redeemed = guests.redeem(token)
                .orElseThrow(() -> new NotFoundException("Dieser Link ist ungültig oder abgelaufen."));
        Participation.rememberGuest(
                request,
                redeemed.camp().id(),
                redeemed.registration().id(),
                redeemed.registration().email());
        flash.addFlashAttribute("flash", "barcamp.access.welcome");
        return "redirect:" + redeemed.camp().url();
    }

    // ---- my plan

    @GetMapping("/barcamp/{slug}/mein-plan")
    String myPlan(@PathVariable String slug, HttpServletRequest request, Model model) {
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        Participation.requireParticipant(viewer);
        List<Session> sessions = repo.sessions(camp.id());
        Grid grid = Grid.of(repo.rooms(camp.id()), repo.slots(camp.id()), sessions);
        Set<UUID> stars = repo.starredBy(camp.id(), viewer.registrationId());
        List<Session> starred = sessions.stream()
                .filter(s -> stars.contains(s.id()))
                .sorted(Comparator.comparing((Session s) -> grid.slot(s) == null
                        ? java.time.Instant.MAX
                        : grid.slot(s).startsAt()))
                .toList();
        model.addAttribute("camp", camp);
        model.addAttribute("viewer", viewer);
        model.addAttribute("grid", grid);
        model.addAttribute("starred", starred);
        model.addAttribute("participant", service.participant(camp, viewer));
        model.addAttribute("slots", repo.slots(camp.id()));
        model.addAttribute("away", repo.awayOf(camp.id(), viewer.registrationId()));
        return "barcamp/my-plan";
    }

    /** "I am not there in these slots": the planning then counts on me only when I am there. */
    @PostMapping("/barcamp/{slug}/mein-plan/abwesend")
    String away(
            @PathVariable String slug,
            @RequestParam(name = "slot", required = false) List<String> slots,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        Participation.requireParticipant(viewer);
        Set<UUID> ids = new java.util.HashSet<>();
        for (String s : slots == null ? List.<String>of() : slots) {
            try {
                ids.add(UUID.fromString(s));
            } catch (IllegalArgumentException ignored) {
                // not one of our slots: the checkboxes only send slot ids
            }
        }
        service.setAway(camp, viewer, ids);
        flash.addFlashAttribute("flash", "barcamp.flash.awaySaved");
        return "redirect:" + camp.url() + "/mein-plan";
    }

    @PostMapping("/barcamp/{slug}/mein-plan")
    String myPlanSettings(
            @PathVariable String slug,
            @RequestParam(defaultValue = "false") boolean notify,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        Participation.requireParticipant(viewer);
        service.setNotify(camp, viewer, notify);
        flash.addFlashAttribute("flash", notify ? "barcamp.flash.notifyOn" : "barcamp.flash.notifyOff");
        return "redirect:" + camp.url() + "/mein-plan";
    }
}
