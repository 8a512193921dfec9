package de.gemeinsinn.meetings;

import de.gemeinsinn.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Minutes per agenda item, written by several people. A save names the version it started from;
 * when someone else saved in between nothing is overwritten: the conflict page shows their text
 * and yours, and the next save (from the conflict page) builds on their version.
 */
@Controller
class MinutesController {

    static final int MAX = 50_000;

    private final MeetingAccess access;
    private final MeetingService service;
    private final MeetingStore store;

    MinutesController(MeetingAccess access, MeetingService service, MeetingStore store) {
        this.access = access;
        this.service = service;
        this.store = store;
    }

    record Target(GroupContext c, Meeting m, AgendaItem item) {}

    private Target target(String slug, UUID id, UUID itemId) {
        GroupContext c = access.readable(slug);
        c.requireWrite();
        Meeting m = service.find(c, id);
        AgendaItem item = store.item(itemId)
                .filter(i -> i.meetingId().equals(m.id()))
                .orElseThrow(() -> new NotFoundException("Tagesordnungspunkt nicht gefunden"));
        return new Target(c, m, item);
    }

    @GetMapping("/gruppen/{slug}/treffen/{id}/protokoll/{itemId}")
    String edit(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId, Model model) {
        Target t = target(slug, id, itemId);
        if (t.m().minutesApproved()) {
            return "redirect:" + t.m().path(slug) + "#protokoll";
        }
        return form(model, t, t.item().minutes(), t.item().minutesVersion(), null);
    }

    @PostMapping("/gruppen/{slug}/treffen/{id}/protokoll/{itemId}")
    String save(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "-1") String version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Target t = target(slug, id, itemId);
        if (t.m().minutesApproved()) {
            flash.addFlashAttribute("flash", "meetings.flash.minutesLocked");
            return "redirect:" + t.m().path(slug) + "#protokoll";
        }
        int v;
        try {
            v = Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            v = -1;
        }
        if (text.length() > MAX) {
            model.addAttribute("error", "meetings.error.minutesTooLong");
            response.setStatus(422);
            return form(model, t, text, v, null);
        }
        MeetingService.MinutesConflict conflict = service.saveMinutes(t.c(), t.item(), v, text);
        if (conflict != null) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, t, text, conflict.current().minutesVersion(), conflict.current());
        }
        flash.addFlashAttribute("flash", "meetings.flash.minutesSaved");
        return "redirect:" + t.m().path(slug) + "#punkt-" + t.item().id();
    }

    @PostMapping("/gruppen/{slug}/treffen/{id}/protokoll/freigeben")
    String approve(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        Meeting m = service.find(c, id);
        service.approve(c, m);
        flash.addFlashAttribute("flash", "meetings.flash.approved");
        return "redirect:" + m.path(slug) + "#protokoll";
    }

    @PostMapping("/gruppen/{slug}/treffen/{id}/zusammenfassung")
    String summary(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String summary,
            RedirectAttributes flash) {
        GroupContext c = access.readable(slug);
        c.requireManage();
        Meeting m = service.find(c, id);
        String s = summary.strip();
        if (s.length() > 4000) {
            flash.addFlashAttribute("summaryError", "meetings.error.tooLong");
            flash.addFlashAttribute("summaryDraft", s);
            return "redirect:" + m.path(slug) + "#zusammenfassung";
        }
        service.setSummary(m, s);
        flash.addFlashAttribute("flash", "meetings.flash.summarySaved");
        return "redirect:" + m.path(slug) + "#zusammenfassung";
    }

    private String form(Model model, Target t, String text, int version, AgendaItem theirs) {
        model.addAttribute("c", t.c());
        model.addAttribute("m", t.m());
        model.addAttribute("item", t.item());
        model.addAttribute("text", text);
        model.addAttribute("version", version);
        model.addAttribute("theirs", theirs);
        return theirs == null ? "meetings/minutes-form" : "meetings/minutes-conflict";
    }
}
