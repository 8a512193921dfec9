package de.gemeinsinn.groups;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in an invitation mail. Anyone may open it and see which group invites them; accepting
 * needs a login, so people without an account register first and open the link again.
 */
@Controller
class GroupInvitationController {

    private final GroupService service;
    private final GroupStore store;
    private final GroupAccess access;

    GroupInvitationController(GroupService service, GroupStore store, GroupAccess access) {
        this.service = service;
        this.store = store;
        this.access = access;
    }

    @GetMapping("/gruppen/einladung")
    String show(@RequestParam(defaultValue = "") String token, Model model) {
        Optional<GroupStore.Invitation> inv = service.invitation(token).filter(i -> i.open(Instant.now()));
        model.addAttribute("valid", inv.isPresent());
        model.addAttribute("token", token);
        model.addAttribute("signedIn", access.user() != null);
        inv.flatMap(i -> store.byId(i.groupId())).ifPresent(g -> model.addAttribute("group", g));
        inv.ifPresent(i -> model.addAttribute("role", i.role()));
        return "groups/invitation";
    }

    /** Not public: anonymous visitors log in first and come back here (saved request). */
    @GetMapping("/gruppen/einladung/annehmen")
    String afterLogin(@RequestParam(defaultValue = "") String token, Model model) {
        access.requireUser();
        return show(token, model);
    }

    @PostMapping("/gruppen/einladung")
    String accept(@RequestParam(defaultValue = "") String token, RedirectAttributes flash) {
        var user = access.requireUser();
        try {
            Group g = service.accept(token, user);
            flash.addFlashAttribute("flash", "groups.flash.invitationAccepted");
            return "redirect:" + g.url();
        } catch (GroupService.Refused e) {
            flash.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/gruppen";
        }
    }
}
