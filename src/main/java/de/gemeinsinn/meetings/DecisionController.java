package de.gemeinsinn.meetings;

import java.util.List;
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

/** A group's decisions: list, page, new and edit (leads, the city's coordinators, admins). */
@Controller
class DecisionController {

    private final MeetingAccess access;
    private final WorkService service;
    private final WorkStore store;
    private final MeetingStore meetings;

    DecisionController(MeetingAccess access, WorkService service, WorkStore store, MeetingStore meetings) {
        this.access = access;
        this.service = service;
        this.store = store;
        this.meetings = meetings;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
        binder.initDirectFieldAccess();
    }

    @GetMapping("/gruppen/{slug}/beschluesse")
    String list(@PathVariable String slug, Model model) {
        GroupContext c = access.readable(slug);
        model.addAttribute("c", c);
        model.addAttribute("decisions", store.decisions(c.group().id()));
        return "meetings/decisions";
    }

    @GetMapping("/gruppen/{slug}/beschluesse/{number:\\d{1,9}}")
    String page(@PathVariable String slug, @PathVariable int number, Model model) {
        GroupContext c = access.readable(slug);
        Decision d = service.decision(c, number);
        model.addAttribute("c", c);
        model.addAttribute("d", d);
        model.addAttribute(
                "meeting",
                d.meetingId() == null ? null : meetings.find(d.meetingId()).orElse(null));
        model.addAttribute(
                "actions",
                store.actions(c.group().id(), null, false).stream()
                        .filter(a -> d.id().equals(a.decisionId()))
                        .toList());
        return "meetings/decision";
    }

    @GetMapping("/gruppen/{slug}/beschluesse/neu")
    String newForm(
            @PathVariable String slug, @RequestParam(name = "treffen", required = false) UUID meetingId, Model model) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        return form(model, c, DecisionForm.empty(meetingId), null);
    }

    @PostMapping("/gruppen/{slug}/beschluesse/neu")
    String create(
            @PathVariable String slug,
            @ModelAttribute("form") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        FieldErrors problems = new FieldErrors();
        DecisionForm.Input in = form.check(problems);
        if (problems.any()) {
            problems.into(errors);
            return form(model, c, form, null);
        }
        Decision d = service.createDecision(c, in);
        flash.addFlashAttribute("flash", "meetings.flash.decisionCreated");
        return "redirect:" + d.path(slug);
    }

    @GetMapping("/gruppen/{slug}/beschluesse/{number:\\d{1,9}}/bearbeiten")
    String editForm(@PathVariable String slug, @PathVariable int number, Model model) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        Decision d = service.decision(c, number);
        return form(model, c, DecisionForm.of(d), d);
    }

    @PostMapping("/gruppen/{slug}/beschluesse/{number:\\d{1,9}}/bearbeiten")
    String update(
            @PathVariable String slug,
            @PathVariable int number,
            @ModelAttribute("form") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        Decision d = service.decision(c, number);
        FieldErrors problems = new FieldErrors();
        DecisionForm.Input in = form.check(problems);
        if (problems.any()) {
            problems.into(errors);
            return form(model, c, form, d);
        }
        service.updateDecision(d, in);
        flash.addFlashAttribute("flash", "meetings.flash.saved");
        return "redirect:" + d.path(slug);
    }

    private String form(Model model, GroupContext c, DecisionForm form, Decision d) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("d", d);
        model.addAttribute(
                "meetings", meetings.ofGroup(c.group().id()).stream().limit(50).toList());
        model.addAttribute("statuses", List.of(WorkStatus.values()));
        return "meetings/decision-form";
    }
}
