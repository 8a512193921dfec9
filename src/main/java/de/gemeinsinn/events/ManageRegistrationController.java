package de.gemeinsinn.events;

import de.gemeinsinn.platform.mail.MailOutbox;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The personal link: view, change, cancel; no account needed, the secret token is the key. */
@Controller
class ManageRegistrationController {

    private final RegistrationService registrations;
    private final RegistrationRepository rows;
    private final EventPagesController pages;
    private final MailOutbox outbox;
    private final Regions regions;

    ManageRegistrationController(
            RegistrationService registrations,
            RegistrationRepository rows,
            EventPagesController pages,
            MailOutbox outbox,
            Regions regions) {
        this.regions = regions;
        this.registrations = registrations;
        this.rows = rows;
        this.pages = pages;
        this.outbox = outbox;
    }

    private Registration find(String token) {
        return registrations
                .byManageToken(token)
                .orElseThrow(() -> new NotFoundException("Dieser Link ist ungültig oder abgelaufen."));
    }

    @GetMapping("/veranstaltungen/anmeldung/{token}")
    String show(@PathVariable String token, Model model) {
        Registration r = find(token);
        Event e = registrations.eventOf(r).orElseThrow();
        model.addAttribute("r", r);
        model.addAttribute("v", pages.view(e));
        model.addAttribute("token", token);
        model.addAttribute("position", rows.waitlistPosition(r));
        model.addAttribute(
                "cityName", regions.city(r.citySlug()).map(c -> c.name()).orElse(null));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "events/manage";
    }

    @PostMapping("/veranstaltungen/anmeldung/{token}")
    String change(
            @PathVariable String token,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String accessibilityNeeds,
            @RequestParam(required = false) String dietaryWishes,
            @RequestParam(required = false, defaultValue = "false") boolean showInList,
            Model model,
            RedirectAttributes flash) {
        Registration r = find(token);
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "Bitte deinen Namen angeben.");
        } else if (name.length() > 200) {
            errors.put("name", "Der Name darf höchstens 200 Zeichen lang sein.");
        }
        if (organisation != null && organisation.length() > 200) {
            errors.put("organisation", "Die Organisation darf höchstens 200 Zeichen lang sein.");
        }
        if ((accessibilityNeeds != null && accessibilityNeeds.length() > 2000)
                || (dietaryWishes != null && dietaryWishes.length() > 2000)) {
            errors.put("accessibilityNeeds", "Höchstens 2.000 Zeichen.");
        }
        if (r.status() == RegistrationStatus.CANCELLED) {
            errors.put("name", "Die Anmeldung ist storniert und kann nicht mehr geändert werden.");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return show(token, model);
        }
        registrations.change(r, name, organisation, accessibilityNeeds, dietaryWishes, showInList);
        flash.addFlashAttribute("flash", "events.flash.changed");
        return "redirect:" + EventPaths.manage(token);
    }

    @PostMapping("/veranstaltungen/anmeldung/{token}/abmelden")
    String cancel(@PathVariable String token, RedirectAttributes flash) {
        Registration r = find(token);
        registrations.cancel(r, true);
        flash.addFlashAttribute("flash", "events.flash.cancelled");
        return "redirect:" + EventPaths.manage(token);
    }

    /** The check-in QR code (same as in the mail), only for confirmed registrations. */
    @GetMapping("/veranstaltungen/anmeldung/{token}/einlass-qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String token) {
        Registration r = find(token);
        if (r.status() != RegistrationStatus.CONFIRMED) {
            throw new NotFoundException("Nur bestätigte Anmeldungen haben einen Einlass-Code.");
        }
        String url = outbox.link(EventPaths.checkIn(Tokens.checkInToken(token)));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(QrCodes.png(url, 6));
    }
}
