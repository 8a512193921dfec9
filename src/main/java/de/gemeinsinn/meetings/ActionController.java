package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupMemberRef;
import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/** Action items of a group and "Meine Aufgaben" across all groups. */
@Controller
class ActionController {

    private final MeetingAccess access;
    private final WorkService service;
    private final WorkStore store;
    private final MeetingStore meetings;
    private final GroupDirectory groups;
    private final Access security;

    ActionController(
            MeetingAccess access,
            WorkService service,
            WorkStore store,
            MeetingStore meetings,
            GroupDirectory groups,
            Access security) {
        this.access = access;
        this.service = service;
        this.store = store;
        this.meetings = meetings;
        this.groups = groups;
        this.security = security;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
        binder.initDirectFieldAccess();
    }

    @GetMapping("/gruppen/{slug}/aufgaben")
    String list(@PathVariable String slug, @RequestParam(required = false) String status, Model model) {
        GroupContext c = access.readable(slug);
        WorkStatus only = WorkStatus.parse(status);
        model.addAttribute("c", c);
        model.addAttribute("status", only == null ? "" : only.name());
        model.addAttribute("actions", store.actions(c.group().id(), only, false));
        model.addAttribute("names", Names.of(groups.members(c.group().id()), c.internals()));
        model.addAttribute("statuses", List.of(WorkStatus.values()));
        return "meetings/actions";
    }

    @GetMapping("/gruppen/{slug}/aufgaben/neu")
    String newForm(
            @PathVariable String slug,
            @RequestParam(name = "treffen", required = false) UUID meetingId,
            @RequestParam(name = "beschluss", required = false) UUID decisionId,
            Model model) {
        GroupContext c = access.readable(slug);
        c.requireWrite();
        ActionForm form = ActionForm.empty(meetingId);
        if (decisionId != null) {
            form = new ActionForm("", "", "", "OPEN", form.meetingId(), decisionId.toString());
        }
        return form(model, c, form, null);
    }

    @PostMapping("/gruppen/{slug}/aufgaben/neu")
    String create(
            @PathVariable String slug,
            @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireWrite();
        FieldErrors problems = new FieldErrors();
        ActionForm.Input in = form.check(problems, memberIds(c));
        if (problems.any()) {
            problems.into(errors);
            return form(model, c, form, null);
        }
        ActionItem a = service.createAction(c, in);
        flash.addFlashAttribute("flash", "meetings.flash.actionCreated");
        return "redirect:" + a.path(slug);
    }

    @GetMapping("/gruppen/{slug}/aufgaben/{id}")
    String page(@PathVariable String slug, @PathVariable UUID id, Model model) {
        GroupContext c = access.readable(slug);
        ActionItem a = service.action(c, id);
        return form(model, c, ActionForm.of(a), a);
    }

    @PostMapping("/gruppen/{slug}/aufgaben/{id}")
    String update(
            @PathVariable String slug,
            @PathVariable UUID id,
            @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        ActionItem a = service.action(c, id);
        if (!c.canEdit(a)) {
            throw new AccessDeniedException("may not edit this action");
        }
        FieldErrors problems = new FieldErrors();
        ActionForm.Input in = form.check(problems, memberIds(c));
        if (problems.any()) {
            problems.into(errors);
            return form(model, c, form, a);
        }
        service.updateAction(c, a, in);
        flash.addFlashAttribute("flash", "meetings.flash.saved");
        return "redirect:" + a.path(slug);
    }

    @PostMapping("/gruppen/{slug}/aufgaben/{id}/status")
    String status(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        ActionItem a = service.action(c, id);
        if (!c.canEdit(a)) {
            throw new AccessDeniedException("may not edit this action");
        }
        WorkStatus s = WorkStatus.parse(status);
        if (s == null) {
            flash.addFlashAttribute("flash", "meetings.error.status");
        } else {
            service.setStatus(a, s);
            flash.addFlashAttribute("flash", "meetings.flash.statusChanged");
        }
        return "redirect:" + ("meine".equals(back) ? "/meine-aufgaben" : a.path(slug));
    }

    @GetMapping("/meine-aufgaben")
    String mine(@RequestParam(required = false) String alle, Model model) {
        GemeinsinnUser me = security.requireUser();
        Map<UUID, GroupRef> mine =
                groups.groupsOf(me.personId()).stream().collect(Collectors.toMap(GroupRef::id, Function.identity()));
        List<ActionItem> actions = store.actionsOf(me.personId(), alle != null).stream()
                .filter(a -> mine.containsKey(a.groupId()))
                .toList();
        model.addAttribute("actions", actions);
        model.addAttribute("groups", mine);
        model.addAttribute("all", alle != null);
        model.addAttribute(
                "overdue", actions.stream().filter(ActionItem::overdue).count());
        model.addAttribute("statuses", List.of(WorkStatus.values()));
        return "meetings/my-actions";
    }

    private Set<UUID> memberIds(GroupContext c) {
        return groups.members(c.group().id()).stream()
                .map(GroupMemberRef::personId)
                .collect(Collectors.toSet());
    }

    private String form(Model model, GroupContext c, ActionForm form, ActionItem a) {
        List<GroupMemberRef> members = groups.members(c.group().id());
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("a", a);
        model.addAttribute("editable", a == null ? c.canWrite() : c.canEdit(a));
        model.addAttribute("names", Names.of(members, c.internals()));
        model.addAttribute("members", c.internals() ? members : List.of());
        model.addAttribute("statuses", List.of(WorkStatus.values()));
        model.addAttribute(
                "decisions",
                c.internals() || c.group().isPublic()
                        ? store.decisions(c.group().id())
                        : List.of());
        Meeting meeting = null;
        if (a != null && a.meetingId() != null) {
            meeting = meetings.find(a.meetingId()).orElse(null);
        } else if (a == null && !FieldErrors.clean(form.meetingId()).isEmpty()) {
            try {
                meeting = meetings.find(UUID.fromString(form.meetingId().strip()))
                        .filter(m -> m.groupId().equals(c.group().id()))
                        .orElse(null);
            } catch (IllegalArgumentException e) {
                meeting = null;
            }
        }
        model.addAttribute("meeting", meeting);
        return "meetings/action";
    }
}
