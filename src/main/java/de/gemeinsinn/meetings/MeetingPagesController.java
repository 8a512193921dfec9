package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A group's meetings: list, new, page, edit, cancel, agenda and RSVP. POST-redirect-GET. */
@Controller
class MeetingPagesController {

    private final MeetingAccess access;
    private final MeetingService service;
    private final MeetingStore store;
    private final WorkStore work;
    private final PollStore polls;
    private final GroupDirectory groups;

    MeetingPagesController(
            MeetingAccess access,
            MeetingService service,
            MeetingStore store,
            WorkStore work,
            PollStore polls,
            GroupDirectory groups) {
        this.access = access;
        this.service = service;
        this.store = store;
        this.work = work;
        this.polls = polls;
        this.groups = groups;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
        binder.initDirectFieldAccess();
    }

    @GetMapping("/gruppen/{slug}/treffen")
    String list(@PathVariable String slug, Model model) {
        GroupContext c = access.readable(slug);
        List<Meeting> all = store.ofGroup(c.group().id());
        Instant now = Instant.now();
        List<Meeting> upcoming = new ArrayList<>();
        List<Meeting> past = new ArrayList<>();
        for (Meeting m : all) {
            (m.endsAt().isAfter(now) ? upcoming : past).add(m);
        }
        java.util.Collections.reverse(upcoming);
        model.addAttribute("c", c);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", past);
        model.addAttribute("polls", c.internals() ? polls.ofGroup(c.group().id()) : List.of());
        model.addAttribute(
                "myRsvps",
                c.member()
                        ? store.rsvpsOf(
                                c.user().personId(),
                                upcoming.stream().map(Meeting::id).toList())
                        : Map.of());
        return "meetings/list";
    }

    @GetMapping("/gruppen/{slug}/treffen/neu")
    String newForm(@PathVariable String slug, Model model) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        List<ActionItem> offered = work.offeredFor(c.group().id(), null);
        MeetingForm form = MeetingForm.empty();
        form = new MeetingForm(
                form.title(),
                form.date(),
                form.startTime(),
                form.endTime(),
                "",
                "",
                "",
                offered.stream().map(a -> a.id().toString()).toList());
        return form(model, c, form, null, offered);
    }

    @PostMapping("/gruppen/{slug}/treffen/neu")
    String create(
            @PathVariable String slug,
            @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        FieldErrors problems = new FieldErrors();
        MeetingInput in = form.check(problems);
        List<UUID> offered = new ArrayList<>();
        for (String id : form.offeredOrEmpty()) {
            try {
                offered.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                problems.add("offered", "meetings.error.choice");
            }
        }
        if (problems.any()) {
            problems.into(errors);
            return form(model, c, form, null, work.offeredFor(c.group().id(), null));
        }
        Meeting m = service.create(c, in, offered, MailKind.INVITATION);
        flash.addFlashAttribute("flash", "meetings.flash.created");
        return "redirect:" + m.path(slug);
    }

    @GetMapping("/gruppen/{slug}/treffen/{id}")
    String page(@PathVariable String slug, @PathVariable UUID id, Model model) {
        GroupContext c = access.readable(slug);
        Meeting m = service.find(c, id);
        model.addAttribute("c", c);
        model.addAttribute("m", m);
        model.addAttribute("agenda", store.agenda(id));
        model.addAttribute("decisions", work.decisionsOfMeeting(id));
        model.addAttribute("actions", work.actionsOfMeeting(id));
        Names names = Names.of(groups.members(c.group().id()), c.internals());
        model.addAttribute("names", names);
        if (c.internals()) {
            Map<UUID, Rsvp> rsvps = store.rsvps(id);
            model.addAttribute("rsvps", rsvps);
            model.addAttribute("authors", store.authors(id));
            model.addAttribute("myRsvp", c.member() ? rsvps.get(c.user().personId()) : null);
        }
        model.addAttribute("rsvpChoices", List.of(Rsvp.values()));
        model.addAttribute(
                "offered",
                c.manage() && !m.cancelled() ? work.offeredFor(c.group().id(), id) : List.of());
        return "meetings/meeting";
    }

    @GetMapping("/gruppen/{slug}/treffen/{id}/bearbeiten")
    String editForm(@PathVariable String slug, @PathVariable UUID id, Model model) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        Meeting m = service.find(c, id);
        return form(model, c, MeetingForm.of(m), m, List.of());
    }

    @PostMapping("/gruppen/{slug}/treffen/{id}/bearbeiten")
    String update(
            @PathVariable String slug,
            @PathVariable UUID id,
            @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        Meeting m = service.find(c, id);
        FieldErrors problems = new FieldErrors();
        MeetingInput in = form.check(problems);
        if (problems.any()) {
            problems.into(errors);
            return form(model, c, form, m, List.of());
        }
        service.update(c, m, in);
        flash.addFlashAttribute("flash", "meetings.flash.saved");
        return "redirect:" + m.path(slug);
    }

    @PostMapping("/gruppen/{slug}/treffen/{id}/absagen")
    String cancel(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        Meeting m = service.find(c, id);
        service.cancel(c, m);
        flash.addFlashAttribute("flash", "meetings.flash.cancelled");
        return "redirect:" + m.path(slug);
    }

    @PostMapping("/gruppen/{slug}/treffen/{id}/tagesordnung")
    String addItem(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        Meeting m = service.find(c, id);
        String t = title.strip();
        if (t.isEmpty() || t.length() > 200) {
            flash.addFlashAttribute(
                    "agendaError", t.isEmpty() ? "meetings.error.agendaItem" : "meetings.error.tooLong");
            return "redirect:" + m.path(slug) + "#tagesordnung";
        }
        service.addItem(m, t, null);
        flash.addFlashAttribute("flash", "meetings.flash.itemAdded");
        return "redirect:" + m.path(slug) + "#tagesordnung";
    }

    @PostMapping("/gruppen/{slug}/treffen/{id}/aufgabe-aufnehmen")
    String addOffered(
            @PathVariable String slug, @PathVariable UUID id, @RequestParam UUID actionId, RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        Meeting m = service.find(c, id);
        service.addOfferedAction(c, m, actionId);
        flash.addFlashAttribute("flash", "meetings.flash.itemAdded");
        return "redirect:" + m.path(slug) + "#tagesordnung";
    }

    @PostMapping("/gruppen/{slug}/treffen/{id}/tagesordnung/{itemId}/{move:nach-oben|nach-unten|entfernen}")
    String changeItem(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @PathVariable String move,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        Meeting m = service.find(c, id);
        switch (move) {
            case "nach-oben" -> service.moveItem(m, itemId, -1);
            case "nach-unten" -> service.moveItem(m, itemId, 1);
            default -> {
                service.removeItem(m, itemId);
                flash.addFlashAttribute("flash", "meetings.flash.itemRemoved");
            }
        }
        return "redirect:" + m.path(slug) + "#tagesordnung";
    }

    @PostMapping("/gruppen/{slug}/treffen/{id}/antwort")
    String rsvp(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String answer,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireMember();
        Meeting m = service.find(c, id);
        Rsvp r;
        try {
            r = Rsvp.valueOf(answer);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("rsvpError", "meetings.error.rsvp");
            return "redirect:" + m.path(slug) + "#zusage";
        }
        service.rsvp(c, m, r);
        flash.addFlashAttribute("flash", "meetings.flash.rsvp");
        return "redirect:" + m.path(slug) + "#zusage";
    }

    private String form(Model model, GroupContext c, MeetingForm form, Meeting m, List<ActionItem> offered) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("m", m);
        model.addAttribute("offered", offered);
        return "meetings/meeting-form";
    }
}
