package de.gemeinsinn.events;

import de.gemeinsinn.accounts.PersonDirectory;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organising team of an event besides the city's coordinators and the network admins: people
 * with an account, added by e-mail address. Everyone in the team may add and remove members (the
 * coordinators always can, they need not be named).
 */
@Controller
class OrganiserTeamController {

    private final EventPagesController pages;
    private final EventPermissions permissions;
    private final EventRepository events;
    private final PersonDirectory people;

    OrganiserTeamController(
            EventPagesController pages, EventPermissions permissions, EventRepository events, PersonDirectory people) {
        this.pages = pages;
        this.permissions = permissions;
        this.events = events;
        this.people = people;
    }

    @PostMapping(EventPaths.BASE + "/{slug}/orga/team")
    String add(@PathVariable String slug, @RequestParam(defaultValue = "") String email, RedirectAttributes flash) {
        Event e = pages.find(slug);
        permissions.requireOrganiser(e);
        String address = email.strip();
        String back = "redirect:" + e.url() + "/orga#team";
        if (address.length() > 254 || !RegistrationForm.EMAIL.matcher(address).matches()) {
            flash.addFlashAttribute("teamError", "events.team.emailInvalid");
            flash.addFlashAttribute("teamEmail", address);
            return back;
        }
        Optional<PersonDirectory.PersonRef> person = people.byEmail(address);
        if (person.isEmpty()) {
            flash.addFlashAttribute("teamError", "events.team.noAccount");
            flash.addFlashAttribute("teamEmail", address);
            return back;
        }
        events.addOrganiser(e.id(), person.get().id());
        flash.addFlashAttribute("flash", "events.team.added");
        return back;
    }

    @PostMapping(EventPaths.BASE + "/{slug}/orga/team/{personId}/entfernen")
    String remove(@PathVariable String slug, @PathVariable UUID personId, RedirectAttributes flash) {
        Event e = pages.find(slug);
        permissions.requireOrganiser(e);
        events.removeOrganiser(e.id(), personId);
        flash.addFlashAttribute("flash", "events.team.removed");
        return "redirect:" + e.url() + "/orga#team";
    }
}
