package de.gemeinsinn.groups;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.organisations.OrganisationDirectory;
import de.gemeinsinn.organisations.OrganisationRef;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.web.NotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining, leaving, one's own membership settings, and the member management of leads and
 * coordinators: requests, invitations, roles, removal, documents and links.
 */
@Controller
class GroupMembersController {

    static final int TITLE_MAX = 200;
    static final int URL_MAX = 500;
    static final int REPRESENTS_MAX = 120;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** A join request with the name of the person asking. */
    record RequestItem(UUID id, String name, String message) {}

    private final GroupAccess access;
    private final GroupService service;
    private final GroupStore store;
    private final JdbcGroupDirectory directory;
    private final PersonDirectory people;
    private final OrganisationDirectory organisations;

    GroupMembersController(
            GroupAccess access,
            GroupService service,
            GroupStore store,
            JdbcGroupDirectory directory,
            PersonDirectory people,
            OrganisationDirectory organisations) {
        this.access = access;
        this.service = service;
        this.store = store;
        this.directory = directory;
        this.people = people;
        this.organisations = organisations;
    }

    // ---- the visitor's own membership

    @PostMapping("/gruppen/{slug}/beitreten")
    String join(@PathVariable String slug, @RequestParam(defaultValue = "") String message, RedirectAttributes flash) {
        GemeinsinnUser user = access.requireUser();
        Group g = access.requireRead(slug);
        try {
            boolean member = service.join(g, user, message);
            flash.addFlashAttribute("flash", member ? "groups.flash.joined" : "groups.flash.requested");
        } catch (GroupService.Refused e) {
            flash.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:" + g.url();
    }

    @PostMapping("/gruppen/{slug}/verlassen")
    String leave(@PathVariable String slug, RedirectAttributes flash) {
        GemeinsinnUser user = access.requireUser();
        Group g = access.find(slug);
        try {
            service.leave(g, user.personId());
            flash.addFlashAttribute("flash", "groups.flash.left");
        } catch (GroupService.Refused e) {
            flash.addFlashAttribute("flashError", e.messageKey());
        }
        return g.isPublic() || directory.canRead(g.ref(), user) ? "redirect:" + g.url() : "redirect:/gruppen";
    }

    @GetMapping("/gruppen/{slug}/meine-angaben")
    String mySettings(@PathVariable String slug, Model model) {
        GemeinsinnUser user = access.requireUser();
        Group g = access.find(slug);
        GroupStore.Membership m = store.membership(g.id(), user.personId())
                .orElseThrow(() -> new AccessDeniedException("not a member of " + slug));
        model.addAttribute("group", g);
        model.addAttribute("membership", m);
        model.addAttribute(
                "organisations",
                g.citySlug() == null ? organisations.managedBy(user.personId()) : organisations.ofCity(g.citySlug()));
        return "groups/my-settings";
    }

    @PostMapping("/gruppen/{slug}/meine-angaben")
    String saveMySettings(
            @PathVariable String slug,
            @RequestParam(defaultValue = "MEMBERS") String nameShown,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String represents,
            Model model,
            RedirectAttributes flash) {
        GemeinsinnUser user = access.requireUser();
        Group g = access.find(slug);
        store.membership(g.id(), user.personId())
                .orElseThrow(() -> new AccessDeniedException("not a member of " + slug));
        UUID orgId = null;
        String error = null;
        if (!organisation.isBlank()) {
            try {
                orgId = organisations
                        .find(UUID.fromString(organisation.strip()))
                        .map(OrganisationRef::id)
                        .orElse(null);
            } catch (IllegalArgumentException e) {
                orgId = null;
            }
            if (orgId == null) {
                error = "groups.settings.organisation.unknown";
            }
        }
        String rep = represents.strip();
        if (rep.length() > REPRESENTS_MAX) {
            error = "groups.settings.represents.tooLong";
        }
        if (!nameShown.equals("PUBLIC") && !nameShown.equals("MEMBERS")) {
            error = "groups.settings.nameShown.invalid";
        }
        if (error != null) {
            model.addAttribute("group", g);
            model.addAttribute(
                    "membership", store.membership(g.id(), user.personId()).orElseThrow());
            model.addAttribute(
                    "organisations",
                    g.citySlug() == null
                            ? organisations.managedBy(user.personId())
                            : organisations.ofCity(g.citySlug()));
            model.addAttribute("error", error);
            return "groups/my-settings";
        }
        service.settings(g, user.personId(), nameShown.equals("PUBLIC"), orgId, rep.isEmpty() ? null : rep);
        flash.addFlashAttribute("flash", "groups.flash.settingsSaved");
        return "redirect:" + g.url();
    }

    // ---- management

    @GetMapping("/gruppen/{slug}/mitglieder")
    String members(@PathVariable String slug, Model model) {
        Group g = access.requireManage(slug);
        List<GroupStore.JoinRequest> requests = store.requests(g.id());
        Map<UUID, PersonDirectory.PersonRef> names = people.byIds(
                requests.stream().map(GroupStore.JoinRequest::personId).toList());
        model.addAttribute("group", g);
        model.addAttribute("members", directory.members(g.id()));
        model.addAttribute(
                "requests",
                requests.stream()
                        .filter(r -> names.containsKey(r.personId()))
                        .map(r ->
                                new RequestItem(r.id(), names.get(r.personId()).displayName(), r.message()))
                        .toList());
        model.addAttribute("invitations", store.openInvitations(g.id()));
        model.addAttribute("links", store.links(g.id()));
        model.addAttribute("roles", GroupRole.values());
        return "groups/members";
    }

    @PostMapping("/gruppen/{slug}/anfragen/{id}")
    String decide(
            @PathVariable String slug,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String decision,
            RedirectAttributes flash) {
        Group g = access.requireManage(slug);
        try {
            service.decideRequest(g, uuid(id), decision.equals("annehmen"));
            flash.addFlashAttribute(
                    "flash", decision.equals("annehmen") ? "groups.flash.accepted" : "groups.flash.declined");
        } catch (GroupService.Refused e) {
            flash.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/gruppen/" + slug + "/mitglieder";
    }

    @PostMapping("/gruppen/{slug}/einladen")
    String invite(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "MEMBER") String role,
            RedirectAttributes flash) {
        Group g = access.requireManage(slug);
        GemeinsinnUser user = access.requireUser();
        String address = email.strip();
        GroupRole r = role(role);
        if (address.isEmpty()
                || address.length() > 200
                || !EMAIL.matcher(address).matches()) {
            flash.addFlashAttribute("flashError", "groups.invite.email.invalid");
            flash.addFlashAttribute("inviteEmail", address);
        } else if (r == null) {
            flash.addFlashAttribute("flashError", "groups.invite.role.invalid");
        } else {
            service.invite(g, address, r, user);
            flash.addFlashAttribute("flash", "groups.flash.invited");
        }
        return "redirect:/gruppen/" + slug + "/mitglieder";
    }

    @PostMapping("/gruppen/{slug}/einladungen/{id}/zurueckziehen")
    String withdraw(@PathVariable String slug, @PathVariable String id, RedirectAttributes flash) {
        Group g = access.requireManage(slug);
        store.deleteInvitation(g.id(), uuid(id));
        flash.addFlashAttribute("flash", "groups.flash.invitationWithdrawn");
        return "redirect:/gruppen/" + slug + "/mitglieder";
    }

    @PostMapping("/gruppen/{slug}/mitglieder/{personId}/rolle")
    String setRole(
            @PathVariable String slug,
            @PathVariable String personId,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes flash) {
        Group g = access.requireManage(slug);
        GroupRole r = role(role);
        if (r == null) {
            flash.addFlashAttribute("flashError", "groups.invite.role.invalid");
        } else {
            try {
                service.setRole(g, uuid(personId), r);
                flash.addFlashAttribute("flash", "groups.flash.roleChanged");
            } catch (GroupService.Refused e) {
                flash.addFlashAttribute("flashError", e.messageKey());
            }
        }
        return "redirect:/gruppen/" + slug + "/mitglieder";
    }

    @PostMapping("/gruppen/{slug}/mitglieder/{personId}/entfernen")
    String remove(@PathVariable String slug, @PathVariable String personId, RedirectAttributes flash) {
        Group g = access.requireManage(slug);
        service.remove(g, uuid(personId));
        flash.addFlashAttribute("flash", "groups.flash.removed");
        return "redirect:/gruppen/" + slug + "/mitglieder";
    }

    @PostMapping("/gruppen/{slug}/links")
    String addLink(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String url,
            RedirectAttributes flash) {
        Group g = access.requireManage(slug);
        String t = title.strip();
        String u = url.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX) {
            flash.addFlashAttribute("flashError", "groups.links.title.invalid");
        } else if (u.length() > URL_MAX || !isWebAddress(u)) {
            flash.addFlashAttribute("flashError", "groups.links.url.invalid");
        } else {
            service.addLink(g, t, u, access.requireUser().personId());
            flash.addFlashAttribute("flash", "groups.flash.linkAdded");
            return "redirect:/gruppen/" + slug + "/mitglieder";
        }
        flash.addFlashAttribute("linkTitle", t);
        flash.addFlashAttribute("linkUrl", u);
        return "redirect:/gruppen/" + slug + "/mitglieder";
    }

    @PostMapping("/gruppen/{slug}/links/{id}/entfernen")
    String removeLink(@PathVariable String slug, @PathVariable String id, RedirectAttributes flash) {
        Group g = access.requireManage(slug);
        service.removeLink(g, uuid(id));
        flash.addFlashAttribute("flash", "groups.flash.linkRemoved");
        return "redirect:/gruppen/" + slug + "/mitglieder";
    }

    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static GroupRole role(String value) {
        try {
            return GroupRole.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Eintrag nicht gefunden");
        }
    }
}
