package de.gemeinsinn.meetings;

import java.util.HashMap;
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

/** Date polls: leads propose times, members answer, one click makes the chosen time a meeting. */
@Controller
class PollController {

    private final MeetingAccess access;
    private final PollService service;
    private final PollStore store;

    PollController(MeetingAccess access, PollService service, PollStore store) {
        this.access = access;
        this.service = service;
        this.store = store;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
        binder.initDirectFieldAccess();
    }

    @GetMapping("/gruppen/{slug}/terminumfragen/neu")
    String newForm(@PathVariable String slug, Model model) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        model.addAttribute("c", c);
        model.addAttribute("form", PollForm.empty());
        return "meetings/poll-form";
    }

    @PostMapping("/gruppen/{slug}/terminumfragen/neu")
    String create(
            @PathVariable String slug,
            @ModelAttribute("form") PollForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        FieldErrors problems = new FieldErrors();
        PollForm.Input in = form.check(problems);
        if (problems.any()) {
            problems.into(errors);
            model.addAttribute("c", c);
            return "meetings/poll-form";
        }
        UUID id = service.create(c, in);
        flash.addFlashAttribute("flash", "meetings.flash.pollCreated");
        return "redirect:/gruppen/" + slug + "/terminumfragen/" + id;
    }

    @GetMapping("/gruppen/{slug}/terminumfragen/{id}")
    String page(@PathVariable String slug, @PathVariable UUID id, Model model) {
        GroupContext c = access.readable(slug);
        c.requireInternals();
        DatePoll poll = service.find(c, id);
        Map<UUID, Map<UUID, PollAnswer>> answers = store.answers(id);
        Map<UUID, PollAnswer> mine = new HashMap<>();
        if (c.member()) {
            answers.forEach((option, byPerson) -> {
                PollAnswer a = byPerson.get(c.user().personId());
                if (a != null) {
                    mine.put(option, a);
                }
            });
        }
        model.addAttribute("c", c);
        model.addAttribute("poll", poll);
        model.addAttribute("answers", answers);
        model.addAttribute("mine", mine);
        model.addAttribute("tally", PollService.tally(poll, answers));
        model.addAttribute("members", service.members(c));
        model.addAttribute("choices", List.of(PollAnswer.values()));
        return "meetings/poll";
    }

    @PostMapping("/gruppen/{slug}/terminumfragen/{id}/antworten")
    String answer(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireMember();
        DatePoll poll = service.find(c, id);
        if (!poll.open()) {
            flash.addFlashAttribute("flash", "meetings.flash.pollClosed");
            return "redirect:" + poll.path(slug);
        }
        Map<UUID, PollAnswer> answers = new HashMap<>();
        for (DatePoll.Option o : poll.options()) {
            String value = params.get("answer-" + o.id());
            if (value != null) {
                try {
                    answers.put(o.id(), PollAnswer.valueOf(value));
                } catch (IllegalArgumentException e) {
                    flash.addFlashAttribute("pollError", "meetings.error.pollAnswer");
                    return "redirect:" + poll.path(slug) + "#antworten";
                }
            }
        }
        if (answers.size() != poll.options().size()) {
            flash.addFlashAttribute("pollError", "meetings.error.pollAnswerAll");
            return "redirect:" + poll.path(slug) + "#antworten";
        }
        service.answer(c, poll, answers);
        flash.addFlashAttribute("flash", "meetings.flash.pollAnswered");
        return "redirect:" + poll.path(slug);
    }

    @PostMapping("/gruppen/{slug}/terminumfragen/{id}/festlegen")
    String schedule(
            @PathVariable String slug, @PathVariable UUID id, @RequestParam UUID optionId, RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        DatePoll poll = service.find(c, id);
        if (!poll.open()) {
            flash.addFlashAttribute("flash", "meetings.flash.pollClosed");
            return "redirect:" + poll.path(slug);
        }
        Meeting m = service.schedule(c, id, optionId);
        if (m == null) {
            flash.addFlashAttribute("flash", "meetings.flash.pollClosed");
            return "redirect:" + poll.path(slug);
        }
        flash.addFlashAttribute("flash", "meetings.flash.scheduled");
        return "redirect:" + m.path(slug);
    }
}
